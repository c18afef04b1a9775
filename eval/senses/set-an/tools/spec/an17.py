M=[
('entropy','熵增','熵增定律一定会','熵增定律 (metaphor for growing complexity of work): span 熵增'),
]
H=[
('意识到','我渐渐意识到','verb 意识到 = realise, not consciousness'),
('意识到','我终于意识到','verb 意识到 = realise'),
('关注','有人关注整体','verb 关注 focus on, generic'),
('关注','就有人关注局部','verb 关注, generic'),
('薛定谔的状态','薛定谔的状态','Schrödinger-state metaphor, no inventory concept'),
]
