M=[]
H=[
('注意力','提高大脑的注意力和思考力','inside front matter; human attention'),
('Attention','Strategic Attention','human/cognitive attention (a training module), not the mechanism'),
('注意力','强调注意力','human attention/focus, not the mechanism'),
('注意','值得注意的细节','everyday 注意 (worth noting), never a mention'),
('focus','train-your-brain-to-focus','inside link destination'),
]
