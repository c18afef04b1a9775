M=[]
H=[
('意识到','苏菲认为“如果你没有意识到','verb 意识到 = realise, not consciousness'),
('意识到','唯有清晰地意识到','verb 意识到 = realise'),
('意识到','>“如果你没有意识到','verb 意识到 = realise'),
('浮现','便会马上浮现死亡的念头','浮现 = a thought surfaces (everyday verb), not the term 涌现'),
('专心','只要她一专心思索','human focus'),
]
