M=[
('language','language','My language system','one\'s (human) language faculty used in discussion; judgement call'),
]
H=[
('attention','Pay attention to process','human attention (pay attention), not the mechanism'),
('attention','pay enough attention','human attention (pay attention), not the mechanism'),
('aware','be aware of reviewing','aware: synonym, not the term consciousness'),
('realize',"couldn't realize it",'realize = 意识到, not consciousness'),
]
