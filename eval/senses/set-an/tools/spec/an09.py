M=[
('phase-transition','相变','铁磁相变的','铁磁相变 ferromagnetic phase transition: span 相变'),
('phase-transition','相变','从而产生了相变'),
]
H=[
('注意到','羚羊已经注意到狮子','everyday verb 注意到 (noticed), never a mention'),
('阈值','all','generic 阈值 threshold, not the term 临界点'),
('相点','其中相点','相点 = phase-space point, not 相变'),
]
