M=[
('consciousness','有意识','即时且有意识处理信息','有意识 = consciously (processing information in awareness); plain derivation'),
]
H=[
('专注','训练自己的专注','human focus, not the attention mechanism'),
('专注','所以需要专注','human focus'),
('注意力','保持注意力','human attention in lectures, not the mechanism'),
('专注','专注就不能','human focus'),
('注意到','才注意到实验室','everyday verb 注意到 (noticed)'),
('neural structures','（neural structures）','neural patterns in the brain, not a neural-network architecture (not Transformer)'),
]
