import json,sys,glob,os
HERE=os.path.dirname(os.path.abspath(__file__)); D=os.path.dirname(HERE)
def u16(t,i): return len(t[:i].encode('utf-16-le'))//2
def find(t,surface,loc):
    if isinstance(loc,int):
        i=-1
        for _ in range(loc):
            i=t.find(surface,i+1); assert i>=0,(surface,loc)
        return i
    if isinstance(loc,str): anc,k=loc,1; assert t.count(anc)==1,('anchor not unique or missing',anc,t.count(anc))
    else: anc,k=loc
    j=-1
    for _ in range(k):
        j=t.find(anc,j+1); assert j>=0,(anc,k)
    off=anc.find(surface); assert off>=0,(surface,anc)
    return j+off
def isall(loc): return loc=='all' or (isinstance(loc,tuple) and loc[0] in ('after','between'))
def allpos(t,surf,loc):
    lo,hi=0,len(t)
    if isinstance(loc,tuple):
        if loc[0]=='after': lo=find(t,loc[1],loc[1])
        else: lo=find(t,loc[1],loc[1]); hi=find(t,loc[2],loc[2])
    ii=[];j=t.find(surf,lo)
    while 0<=j<hi: ii.append(j); j=t.find(surf,j+1)
    return ii
out=[]
src=json.load(open(D+'/sources.json'))
for e in src:
    n=e['n']; sp=os.path.join(HERE,'spec','an%02d.py'%n)
    t=open(D+'/passages/'+e['file'],encoding='utf-8').read()
    g={}; exec(open(sp).read(),g)
    ms=[];hs=[];seen=[]
    def overl(i,s): return any(a<i+len(s) and i<a+len(b) for a,b in seen)
    def add(kind,i,surf,extra):
        assert not overl(i,surf),('overlap',n,surf,i,t[i-10:i+20])
        seen.append((i,surf))
        d=dict(start=u16(t,i),end=u16(t,i+len(surf)),surface=surf)
        if kind=='M':
            d=dict(id=extra[0],**d)
            if extra[1]: d['note']=extra[1]
            ms.append((i,d))
        else:
            d['why']=extra; hs.append((i,d))
    items=[('M',x) for x in g.get('M',[])]+[('H',x) for x in g.get('H',[])]
    for pas in (0,1):
        for kind,x in items:
            if kind=='M': cid,surf,loc=x[:3]; extra=(cid,x[3] if len(x)>3 else None)
            else: surf,loc,extra=x
            if isall(loc)!=bool(pas): continue
            if pas==0: add(kind,find(t,surf,loc),surf,extra)
            else:
                for i in allpos(t,surf,loc):
                    if not overl(i,surf): add(kind,i,surf,extra)
    ms.sort(key=lambda a:a[0]); hs.sort(key=lambda a:a[0])
    out.append(dict(n=n,lang=e['lang'],mentions=[d for _,d in ms],hard=[d for _,d in hs]))
with open(D+'/gold.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
for o in out: print(o['n'],o['lang'],len(o['mentions']),len(o['hard']))
