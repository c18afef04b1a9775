M=[
('consciousness','意识','动作与意识的合并','merging of action and awareness (意识 = consciousness/awareness as the concept)'),
('consciousness','自我意识','反思自我意识的丧失','自我意识 self-consciousness: plain derivation (guideline list)'),
]
H=[
('注意力','注意力投入在当前活动','human attention, not the mechanism'),
('注意到','很难不注意到它','everyday verb 注意到'),
('专注','我们会专注一致的活动','human focus'),
('focus','feeling of energized focus','human focus (flow state), not attention mechanism'),
]
