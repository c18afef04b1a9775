M=[
('chaos','混沌','三体运动 “混沌” 模型示意图','image alt text; chaotic three-body motion (deterministic chaos)'),
('consciousness','意识','探讨人的意识和肉体','意识 = mind/consciousness as opposed to the body'),
('consciousness','意识','参照一般的理论，意识不但'),
('consciousness','意识','肉体不复存在，意识又该'),
('consciousness','意识','这些意识上的特征'),
]
H=[
('意识到','我猛然意识到','verb 意识到 = realise'),
('意识到','我马上意识到','verb 意识到 = realise'),
('认识到','意识不但会认识到','认识到 recognise, not 意识'),
('关注','all','verb 关注 focus on, generic'),
]
