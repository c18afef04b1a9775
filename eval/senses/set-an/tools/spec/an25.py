M=[
('language','语言','混杂语言','Chinese gloss 混杂语言 (pidgin language): span 语言, human language'),
('consciousness','unconscious','abstract, unconscious rules','rules applied without awareness (negated adjective, like 无意识)'),
('recursion','recursive','highlighting the recursive nature','recursive nature of language (Humboldt: infinite use of finite media)'),
('language','languages','all','human (natural) language'),
('language','Language','all','human language (headings included)'),
('language','language','all','human language as a phenomenon/faculty'),
]
H=[
('critical period','after a critical period','critical period (language acquisition window), not the term critical point'),
('English','like English, Dutch, and Mandarin','names of particular languages, not the term language'),
]
