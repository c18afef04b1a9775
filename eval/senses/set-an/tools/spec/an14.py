M=[
('consciousness','Conscious','Conscious awareness, a hallmark'),
('consciousness','unconscious','concealed, unconscious processes','negated adjective, like 无意识'),
('consciousness','consciousness','non-human consciousness'),
('consciousness','consciousness','function of consciousness'),
('consciousness','conscious','differentiate conscious from'),
('consciousness','unconscious','from unconscious processes','negated adjective'),
]
H=[
('Consciousness','"Neuroscience of Consciousness (PSB 4934)"','inside front matter (TOML +++)'),
('Neural Integration Networks','"Neural Integration Networks"','inside front matter; brain networks, not a neural-network architecture'),
('awareness','Conscious awareness','awareness is a synonym, not the term (the adjective Conscious is the mention)'),
]
