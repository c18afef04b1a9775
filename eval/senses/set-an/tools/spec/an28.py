M=[
('chaos','chaos','bring order to chaos','chaos = disorder (design metaphor)'),
('symmetry','symmetry','Balance and symmetry:','visual/structural symmetry of a layout'),
('symmetry','assymetrical','gravitate more towards an assymetrical canvas','misspelt asymmetrical: negated symmetry (like the Bing Bang typo precedent); judgement call'),
('symmetry','assymetrical','Example of assymetrical work','misspelt asymmetrical; judgement call'),
]
H=[
('attention','convey attention to a certain area','human (visual) attention, not the mechanism'),
('focus','help to focus on navigating','human focus'),
('brain','right-brainleft-brain-right','inside bare URL'),
('breaking','making and breaking grids','breaking grids, not symmetry breaking'),
]
