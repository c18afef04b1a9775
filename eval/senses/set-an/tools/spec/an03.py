M=[
('consciousness','consciously','have been consciously perceived','perceived with conscious awareness (experience sense), adverb'),
]
H=[
('Awareness','### Reflections on Awareness','awareness is a synonym, not the term consciousness'),
('awareness','use of awareness','awareness is a synonym, not the term consciousness'),
('conscious','your conscious efforts','everyday conscious effort = deliberate effort (dev precedent), not the concept'),
]
