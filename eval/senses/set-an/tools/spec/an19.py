M=[
('consciousness','conscious','your conscious experience'),
]
H=[
('Attention','title: "Reclaiming Your Attention"','inside front matter'),
('attention','from the attention economy."','inside front matter'),
('attention','tags: ["attention"','inside front matter'),
('awareness','every unit of awareness','awareness is a synonym, not the term consciousness'),
('Attention','## The Attention Economy','attention economy: human attention (guideline example), not the mechanism'),
('attention','all','human attention, not the mechanism'),
('Attention','all','human attention, not the mechanism'),
]
