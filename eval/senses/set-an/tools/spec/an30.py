M=[
('consciousness','意识','形式实验、主观意识','主观意识 subjective consciousness: span 意识 (modifier outside)'),
('consciousness','意识','内在意识优先','内在意识 inner consciousness: span 意识'),
('consciousness','意识','  - 意识流叙事','意识流 stream of consciousness (literary technique named after the concept): span 意识; judgement call'),
('language','语言','语言与意义的关系','language (human language and meaning)'),
('consciousness','意识','——意识流、神话','意识流: span 意识; judgement call'),
('language','语言','对位、语言实验','语言实验 experiments with language: span 语言'),
('consciousness','意识','  - 意识流技巧','意识流: span 意识; judgement call'),
('language','语言','  - 语言实验\n- **常用模块','语言实验: span 语言'),
('consciousness','consciousness','stream of consciousness,','English keyword stream of consciousness: span consciousness; judgement call'),
]
H=[
('Subjectivity','主观性（Subjectivity）','subjectivity, not the term consciousness'),
('Self-reflexivity','Self-reflexivity','self-reflexivity (art reflecting on itself), not the term recursion'),
('变形记','卡夫卡《变形记》','Kafka\'s Metamorphosis; 变形 is not 变形金刚/Transformer'),
]
