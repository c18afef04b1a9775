M=[
('self-organization','self-organisation','failure of self-organisation','self-organising teams (order without managerial control); British spelling; judgement call on the management sense'),
('self-organization','self-organisation','risky self-organisation','British spelling'),
('self-organization','Self-organizing','[The Self-organizing Disappearance]','link text; adjective form'),
]
H=[
('Self-organization','title: "The Self-organization','inside front matter'),
('self-organization','  - "self-organization"','inside front matter (tags)'),
('self-organising','the-self-organising-disappearance','inside link destination'),
]
