M=[
('consciousness','consciously','we can’t consciously perceive','perception with conscious awareness (block quote); adverb form'),
]
H=[
('Siri','Siri给出一个愚蠢的回答','named voice assistant, not AGI or a large language model'),
('机器','对于“机器”唯命是从','机器 machine (AI metaphor), not AGI'),
]
