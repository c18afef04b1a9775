M=[
('consciousness','意识','意识是如何形成'),
('consciousness','意识','答案：意识是大脑'),
('consciousness','consciousness','theory suggests that consciousness arises','block quote'),
('consciousness','consciousness','AST, consciousness is'),
]
H=[
('意识','title: 意识的进化史','inside front matter'),
('Attention','The Attention Schema Theory','Attention Schema Theory: cognitive attention (a theory of consciousness), not the neural mechanism; link text'),
('consciousness','how-consciousness-evolved','inside link destination'),
('arises','consciousness arises','generic verb arise, not the term emerge'),
]
