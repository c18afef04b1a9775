M=[]
H=[
('專注力',"tags: ['時間管理', '專注力'",'inside front matter; focus, human attention'),
('專注力','專注力培養','human focus/attention (專注力), not the attention mechanism'),
('心流','進入「心流」','flow (psychology), human attention state; not an inventory concept'),
('心流','談「心流」','flow (psychology); not an inventory concept'),
('embed','youtube.com/embed','inside HTML attribute value (URL)'),
('embed','embed.ted.com','inside HTML attribute value (URL)'),
('flow','csikszentmihalyi_on_flow','inside HTML attribute value (URL)'),
]
