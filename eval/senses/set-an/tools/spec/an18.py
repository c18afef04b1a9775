M=[
('attention-mechanism','Attention Mechanism','# Attention Mechanism','heading'),
('attention-mechanism','attention mechanisms','implementation of attention mechanisms'),
('attention-mechanism','Attention机制','提出了Attention机制','mixed-script attention mechanism: one span (dev precedent)'),
('attention-mechanism','注意力','计算注意力权重','注意力权重 attention weights: span 注意力'),
('attention-mechanism','attention mechanism','软注意力机制（soft attention mechanism）','soft attention mechanism: span attention mechanism (modifier outside)'),
('attention-mechanism','attention mechanism','硬注意力机制（hard attention mechanism）','hard attention mechanism: span attention mechanism'),
('attention-mechanism','自注意力机制','可分为自注意力机制','self-attention mechanism: one span (dev precedent)'),
('attention-mechanism','Self-Attention Mechanism','### 3.1 Self-Attention Mechanism','heading'),
('attention-mechanism','注意力机制',('after','## 1 注意力机制'),'注意力机制 the neural mechanism (incl. 软/硬/空间/通道注意力机制: modifier outside)'),
]
H=[
('注意力','大脑会把注意力放在','human attention of the brain, not the mechanism'),
('注意力机制','这就是大脑的注意力机制','the brain\'s attention mechanism (human/cognitive), not the neural-network mechanism'),
('自然语言处理','应用到自然语言处理任务中','field name (NLP), not language as phenomenon'),
('Attention-Mechanism','li-lindong/Attention-Mechanism/blob/main/%E5%9B%BE%E7%89%87/%E6%B3%A8%E6%84%8F%E5%8A%9B%E6%9C%BA%E5%88%B6%E5%8F%AF','inside HTML attribute value (img src URL)'),
]
