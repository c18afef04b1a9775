M=[]
H=[
('mindfulness','title:      mindfulness','inside front matter'),
('mindfulness','"mindfulness"','mindfulness (正念) is a practice of human attention/awareness, not consciousness or the attention mechanism'),
('正念','翻译成中文就是”正念“','正念 mindfulness: human attention practice, no inventory concept'),
('走神','如果走神了','走神 mind-wandering (human attention), not a mention'),
('mindfulness','guide-to-mindfulness.jpg','inside image destination'),
]
