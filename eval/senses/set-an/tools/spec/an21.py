M=[
('critical-point','Tipping Point','also known as the _Tipping Point_','emphasised; the dramatic moment of change = tipping point'),
]
H=[
('Tipping Point','known as the Tipping Point. This books','inside front matter (description)'),
('tipping-point','/books/the-tipping-point.jpg','inside front matter (image path)'),
('tipping-point','permalink: /the-tipping-point/','inside front matter (permalink)'),
('Tipping Point','title: "The Tipping Point"','inside front matter (title)'),
('little causes can have big effects','little causes can have big effects','paraphrase of the tipping/critical-point idea, not the term'),
]
