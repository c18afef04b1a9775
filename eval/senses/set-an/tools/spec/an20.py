M=[]
H=[
('attention','title = "Your attention was stolen','inside front matter (TOML)'),
('attention','/img/attention.jpg','inside front matter (TOML)'),
('attention','time and attention. If','human attention, not the mechanism'),
('attention','Your%20attention%20didn','inside HTML attribute value'),
('attention','2022/jan/02/attention-span-focus-screens-apps-smartphones-social-media">\nYour','inside HTML attribute value (cite URL)'),
('attention','Your attention didn’t collapse','human attention (text between tags), not the mechanism'),
('attention','2022/jan/02/attention-span-focus-screens-apps-smartphones-social-media">https','inside link destination (href)'),
('attention','social-media">https://www.theguardian.com/science/2022/jan/02/attention-span','inside autolinked URL text'),
]
