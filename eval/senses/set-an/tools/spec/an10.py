M=[
('symmetry','对称性','具有重排对称性（permutation','重排对称性 permutation symmetry: invariance of the energy expression under permuting variables, used as a physical symmetry argument; span 对称性; judgement call'),
('symmetry','symmetry','（permutation symmetry）','English gloss; span symmetry'),
('symmetry','对称','按圆形对称站立','people standing symmetrically in a circle (structural symmetry)'),
('symmetry','对称性','表达式也具有重排对称性','footnote; span 对称性'),
('symmetry','对称性','满足重排对称性','span 对称性'),
]
H=[
('注意','唯一值得注意的地方','everyday 值得注意 (worth noting), never a mention'),
('最小化','在最小化过程中','minimisation of energy loss paraphrases the least-cost principle; not the term'),
('最小化','使阻尼 $R$ 最小化','paraphrase of least cost (minimising resistance); not the term'),
]
