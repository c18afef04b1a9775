M=[
('entropy','熵增','熵增定律是宇宙中','熵增定律 law of entropy increase: span 熵增 (dev precedent)'),
('entropy','熵增',('after','纷繁复杂的世界'),'熵增 entropy increase (metaphorical use for life/society, same concept)'),
('entropy','熵',('after','纷繁复杂的世界'),'bare 熵 = disorder (thermodynamic sense, used metaphorically)'),
]
H=[
('熵增定律','description: 本文探讨了熵增定律','inside front matter'),
('熵增定律','- 熵增定律','inside front matter'),
('混乱','事物混乱或者无序','混乱 disorder, everyday word, not the term 混沌'),
('混乱','系统就会出现严重混乱','混乱 disorder, everyday word'),
('混乱','无序/混乱状态','混乱 disorder, everyday word'),
('注意到','我们可以注意到','everyday verb 注意到'),
]
