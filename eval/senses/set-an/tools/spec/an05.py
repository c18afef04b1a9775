M=[]
H=[
('心理學',"tags: ['心理學'",'inside front matter'),
('下意識','下意識就會認為','下意識 = reflexively/instinctively (adverbial), not the concept consciousness; judgement'),
('不自覺','不自覺的情況下','不自覺 = unawares, a synonym construction, not the term 意識'),
('認知','減少認知偏差','認知偏差 cognitive bias, not consciousness'),
('embed','youtube.com/embed','inside HTML attribute value (URL)'),
]
