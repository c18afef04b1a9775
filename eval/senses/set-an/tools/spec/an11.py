M=[
('consciousness','意识','这里译为“意识”','metalinguistic use (the translator names the word chosen for mentality); still names the concept; judgement call'),
('consciousness','意识','从阈下意识中','阈下意识 subliminal consciousness: span 意识 (modifier outside); judgement call'),
('consciousness','consciousness','占据意识（consciousness）','English gloss'),
('consciousness','意识','all','意识 = mind/mentality (nama) as the conscious aspect of a person'),
]
H=[
('觉知','去单纯地觉知','觉知 = be aware of, a synonym, not the term 意识'),
('专注力','获得必要的专注力','专注力 concentration (samadhi), human focus, not attention mechanism'),
('mentality','原文为“mentality”','mentality: synonym rendered as 意识, not the term consciousness'),
]
