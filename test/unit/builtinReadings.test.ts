// The built-in pack's readings of ambiguous names, one sentence at a time: what a writer would call a
// mention of the article's concept and what is another sense or another thing. Each expectation was
// written by hand from the annotation guidelines (human language, not programming languages; the
// neural Transformer, not the electrical device; emergence, not "appear"), not from the scanner.

import { strict as assert } from 'node:assert';
import { found } from '../support/testPack';

const CASES: readonly (readonly [string, readonly string[]])[] = [
  // Generic language: programming, formal, design and wording.
  ['学习C语言的第一天，我写了一个 hello world。', []],
  ['Go 语言的并发模型很优雅。', []],
  ['我不习惯静态语言，也不习惯解释型语言。', []],
  ['Python is a high-level, dynamically typed language.', []],
  ['这款手机延续了上一代的设计语言。', []],
  ['Apple\'s design language has shifted toward flat icons.', []],
  ['Use inclusive language in your documentation.', []],
  ['正则语言可以由有限自动机识别。', []],
  ['Every regular language is also a context-free language.', []],
  ['The model improves language understanding on several benchmarks.', []],
  ['语言是人类交流思想的工具。', ['language:语言']],
  // 语言学习 is learning a language, not 语言学 (linguistics) and 习; programmers learn theirs.
  ['成年之后，第二语言学习显得更为困难。', ['language:语言学习']],
  ['语言学家研究语言学。', []],
  ['而对于 C 语言学习者来说，他可能也会这样写。', []],
  ['用 Python 和 Rust 写代码久了，多语言学习者能在短时间内掌握新语法。', []],
  // Formal-language theory in a compiler course: the alphabet, strings and regular expressions speak for it.
  ['字母表上的语言，是由字母表中的字符组成的字符串的集合。', []],
  ['可以被正则表达式定义的语言称为正则集。', []],
  ['乔姆斯基层次结构：0型语言是可计算枚举语言，3型语言是正则语言。', []],
  ['A language over an alphabet is a set of strings; regular expressions describe the regular ones.', []],
  ['Children acquire language without explicit instruction.', ['language:language']],
  // Chaos: the everyday commotion unless chaos theory or disorder is near.
  ['The meeting descended into chaos after the announcement.', []],
  ['The kitchen was chaotic this morning.', []],
  ['Chaotic systems are sensitive to initial conditions.', ['chaos:Chaotic']],
  // Entropy: a bare "probability" speaks for statistical physics as much as for information theory.
  ['In statistical mechanics a state of greater probability has greater entropy.', ['entropy:entropy']],
  ['The entropy of a random variable measures its uncertainty in bits.', ['information-entropy:entropy']],
  ['For a discrete distribution over outcomes, the entropy is largest when they are equally likely.', ['information-entropy:entropy']],
  // The maximum entropy method (MaxEnt) is a named method, as the maximum entropy model and principle are.
  ['Spectra were reconstructed with the maximum entropy method.', []],
  // "Max" is the usual short form of maximum in the model's name.
  ['The Max Entropy Model picks the least committed distribution that fits the features.', []],
  ['Logistic regression is a special case of max-entropy models.', []],
  // The maximum entropy theory of ecology is named for the principle, as the model is; language ID is language
  // identification's short name.
  ['The maximum entropy theory of ecology predicts species abundances.', []],
  ['It rests on the principle of maximum information entropy.', []],
  ['Language ID in the wild is harder than on benchmarks.', []],
  ['抛一枚均匀的硬币，结果的熵是 1 比特。', ['information-entropy:熵']],
  ['注意：交叉熵是训练时的损失函数，和这里说的熵不是一回事。', ['entropy:熵']],
  ['在熱力學中，熵描述系統的亂度。', ['entropy:熵', 'entropy:亂度']],
  ['其总混乱度（即熵）会不断增大。', ['entropy:熵']],
  // Compounds that name another thing: a compression stage, a replica-repair process, a blast radius.
  ['混沌实验要先控制爆炸半径，再逐步扩大爆炸半径。', []],
  ['2007 年，他们去了欧洲的混沌通信营，又参加了第 24 届混沌通信大会。', []],
  // A delay embedding reconstructs a phase space from a time series: not a learned embedding.
  ['使用嵌入时，需要确定滞后值的数量（嵌入维度 m）和嵌入滞后 τ。', []],
  // Fuzzing, which translations call 混沌测试, is testing, not chaos; entropy in computing is information's.
  ['Jazzer 与 libFuzzer 集成，为 JVM 开启了混沌处理功能。', []],
  ['### Entropy in information technology\n\nEntropy is widely used there.', ['information-entropy:Entropy', 'information-entropy:Entropy']],
  ['Huff0 and FSE are two fast entropy coders; an entropy encoder turns symbols into bits.', []],
  ['Replicas converge through anti-entropy exchanges, a background anti-entropy process.', []],
  ['Boltzmann\'s entropy and Shannon\'s entropy are the same thing in different units.', ['entropy:entropy', 'information-entropy:Shannon\'s entropy']],
  // Attention written 注意 in a layer's name, and attention's levels in psychology.
  ['注意层的输出接近于键与查询相似的值。', ['attention-mechanism:注意层']],
  ['知觉研究区分了注意层次：选择、维持与分配。', []],
  ['Natural language allows recursion, that is, recursivity.', ['language:Natural language', 'recursion:recursion', 'recursion:recursivity']],
  ['Problems of recursiveness recall Hofstadter.', ['recursion:recursiveness']],
  // Transformer: the device, the toys, the architecture.
  ['The transformer in the power supply hums loudly.', []],
  ['This simple transformer model shows how the voltage across the coil changes.', []],
  ['The Transformers movie with Optimus Prime was fun to watch.', []],
  ['The Transformer encoder stacks self-attention layers.', ['transformer:Transformer', 'attention-mechanism:self-attention']],
  // Phase change is the everyday name of a phase transition.
  ['Boiling is a phase change from liquid to gas.', ['phase-transition:phase change']],
  // Emergence: many things turning up at once is the everyday verb.
  ['很多新的问题涌现出来，让团队应接不暇。', []],
  ['蚁群的智能是一种涌现现象，整体具有个体没有的性质。', ['emergence:涌现']],
  // Consciousness and attention: realising is no consciousness, attention held in awareness is (a deliberate effort
  // or choice is not), and attracting people is everyday attention.
  ['可是很多人没有意识到这一点。', []],
  ['You can block the others by means of our conscious attention.', ['consciousness:conscious']],
  ['Skill-based behaviour does not require conscious attention.', ['consciousness:conscious']],
  ['It took a conscious effort to slow down.', []],
  ['Advertising is designed to attract human attention.', []],
  ['The library has gained significant attention since its release.', []],
  ['Avoid sexist language in job ads.', []],
  ['我们要增强版权意识，提高问题意识。', []],
  ['机器能否拥有自我意识，是最大的谜题。', ['consciousness:自我意识']],
  // Symmetry of a curve is a property of a mathematical object.
  ['抛物线 y=x² 关于 y 轴对称。', []],
  ['The laws of physics have a symmetry under time translation.', ['symmetry:symmetry']],
  // A lack of symmetry is not the term, even in physics (session 17: 27 gold against 103 hard over the sets).
  ['自然界天生有非对称性：热力学说热总是从高温流向低温。', []],
  ['The asymmetry of the early universe left more matter than antimatter.', []],
  ['Asymmetric encryption uses a public key and a private key.', []],
  // Self-organization: an agile team that organises itself is counted too (sets ac, ax, bc and bp against d).
  ['敏捷开发提倡自组织团队。', ['self-organization:自组织']],
  ['Scrum teams are self-organizing and cross-functional.', ['self-organization:self-organizing']],
  ['Snowflakes self-organize into six-fold patterns as they freeze.', ['self-organization:self-organize']],
  // Recursion and big bang: a computability class and a figure of speech.
  ['Type-0 grammars generate the recursively enumerable languages.', []],
  ['The big bang moment for generative AI startups came with ChatGPT.', []],
  ['A big-bang rewrite of the billing system failed.', []],
  ['A "big-bang" rewrite of a legacy codebase rarely ends well.', []],
  ['After the Big Bang, the universe cooled for billions of years.', ['big-bang:Big Bang']],
  // 大爆炸 of a news report is an explosion; of a cosmology text, the Big Bang.
  ['港口仓库昨晚发生大爆炸，造成至少十人死亡。', []],
  ['工廠大爆炸現場仍有濃煙，消防員正在救援。', []],
  ['宇宙大爆炸之后，物质在膨胀中逐渐冷却。', ['big-bang:大爆炸']],
  // The languages of compilers: grammars, parsers and productions.
  ['A parser turns a program into a parse tree; the syntax of the language is given by production rules.', []],
  ['终结符是该语言的字母表中的符号，只能出现在产生式的右边。', []],
  ['隐马尔可夫模型在语言处理中的应用。', []],
  // Forms of the verb "recurse" that compromise does not conjugate; 语言大模型 is one name of the LLM.
  ['Until the base case, the recursing function does not return.', ['recursion:recursing']],
  ['语言大模型改变了人们搜索信息的方式。', ['large-language-model:语言大模型']],
  ['系统在图像字幕、语言翻译和手写识别上表现突出。', []],
  // A longer word that holds a name is not the name.
  ['水从一个相转变为另一个相。', []],
  ['当温度降低，系统发生相转变。', ['phase-transition:相转变']],
  ["Hasker's emergent dualism holds that an organized brain gives rise to a soul.", []],
  ['The encoder reads the input language and the decoder writes the output language.', []],
  ['编码器读入输入语言的句子。', []],
  ['不要夸大模型的能力。', []],
  ['这是一个强大模型，却不是大模型。', ['large-language-model:大模型']],
  ['天地初开之时，混混沌沌，一物未有。', []],
  // Critical point: a key point of an argument, or the threshold where a system changes.
  ['A critical point to remember is that backups must be tested.', []],
  ['At the critical point, water and steam become indistinguishable.', ['critical-point:critical point']],
  ['链式反应的临界条件是有效增殖系数等于 1。', ['critical-point:临界条件']],
  // Transformers of software: a step that converts data or code.
  ['A log transformer enables transforming log events into a structured format.', []],
  ['Register a custom transformer in the scikit-learn pipeline next to the estimator.', []],
  ['Transformer-based architectures dominate deep learning today.', ['transformer:Transformer']],
  // Emerging fields and issues, and patterns that turn up in code, are the plain verb.
  ['We follow emerging issues and emerging fields closely.', []],
  ['As your infrastructure grows, common patterns can emerge in your code.', []],
  ['New abilities emerge when language models reach a certain scale.', ['emergence:emerge']],
  // Embedding as a plain verb with an object.
  ['This is useful when embedding them in graphs on a dashboard.', []],
  ['Each token is mapped to a vector by the embedding layer.', ['embedding:embedding']],
  // Symmetric and asymmetric keys belong to cryptography.
  ['Enabling DNSSEC requires an asymmetric KMS key.', []],
  ['Symmetric algorithms such as AES are fast, but the key must be shared.', []],
  // Little languages of software, a translation task.
  ['Queries use the match mini-language of the library.', []],
  ['YAML is a human-friendly data serialization language.', []],
  // A code of conduct sets language beside imagery: words as a medium, which annotators count.
  ['The use of sexualized language or imagery is not acceptable.', ['language:language']],
  ['Get all JS language-level intrinsics at startup.', []],
  ['The service offers language translation for 40 languages.', ['language:languages']],
  // Entropy in decision trees and sampling is information entropy; X-conscious is awareness of a matter.
  ['节点的熵值越小，样本集的纯度越高。', ['information-entropy:熵']],
  ['Raising the sampling temperature flattens the distribution and raises its entropy.', ['information-entropy:entropy']],
  ['Security-conscious teams rotate their keys.', []],
  ['The filter model of attention was proposed by Broadbent.', []],
  ['# Notes\n\nAttention has been used with great success in machine learning.\n\n# Reading\n\n- 注意力机制\n', ['attention-mechanism:Attention', 'attention-mechanism:注意力机制']],
  // An exclusion covers its plural; Gibbs entropy is statistical mechanics; raising consciousness is awareness.
  ['The loss adds up the cross-entropies of the two outputs.', []],
  ['Gibbs entropy and Shannon entropy have the same form.', ['entropy:entropy', 'information-entropy:Shannon entropy']],
  ['The campaign tried to raise consciousness about plastic waste.', []],
  ['After the accident she drifted into unconsciousness.', ['consciousness:unconsciousness']],
  // Light takes the path of least time; at a critical point a new behaviour emerges.
  ['Light between two media follows the path of least time.', ['least-cost-principle:path of least time']],
  ['At the critical point, a new behavior emerges in the system.', ['critical-point:critical point', 'emergence:emerges']],
  // 轉換器 renders Transformer in some Traditional Chinese texts; a format converter is something else.
  ['LLM 使用一種稱為轉換器（Transformer）的架構。', ['large-language-model:LLM', 'transformer:轉換器', 'transformer:Transformer']],
  ['这个格式转换器可以把 Word 文档转成 PDF。', []],
  ['分形提供了一种描述自然界形状的新几何语言。', []],
  // Languages of programmers, metalanguages and institutes; thermal entropy; self-attentive.
  ['I prefer languages like Haskell or Idris for their type systems.', []],
  ['导言中的语言，元语言，元元语言，如出一辙。', ['language:语言']],
  ['中研院语言所的语料库可以在线查询。', []],
  ['We start with thermal entropy, then proceed to Shannon entropy.', ['entropy:entropy', 'information-entropy:Shannon entropy']],
  ['A Structured Self-Attentive Sentence Embedding', ['attention-mechanism:Self-Attentive', 'embedding:Embedding']],
  // Emergent as urgent or new; emergent materialism is a doctrine; an ideal language is a formal one.
  ['Emergent surgery is effective in most patients over 80.', []],
  ['Emergent abilities appear only in large models.', ['emergence:Emergent']],
  ['Hence it is a sub-branch of emergent materialism.', []],
  ['Frege and Russell dreamt of an ideal language free of ambiguity.', []],
  // After set-i: curves symmetric about an axis, mixed partial derivatives; many frameworks turning up.
  ['In polar form, r = cos θ is symmetric: replacing θ by −θ leaves it as it is.', []],
  ['框架、编程语言和各种库的大量涌现，让复杂性不断增加。', []],
  // A frame of thought and the tone of a reply are no cues of programming or wording.
  ['要解放思想，就要跳出现有语言的框架。', ['language:语言']],
  ['多数人容忍语言松动，只要语气顺畅。', ['language:语言']],
  // A name is no evidence for itself: many things turning up, however the sentence names them.
  ['当前，业界已经涌现了很多编排框架。', []],
  ['相变之后，系统整体涌现出新的性质。', ['phase-transition:相变', 'emergence:涌现']],
  // Agile design practice. The adverbs are forms of conscious, as the guidelines' precedent counts them;
  // so are subconscious and preconscious, as 潜意识 is.
  ['The idea of emergent architecture is to do the simplest thing that works.', []],
  ['It was at this point that I consciously decided to leave.', ['consciousness:consciously']],
  ['In the brain, some stimuli are never perceived consciously.', ['consciousness:consciously']],
  ['Your subconscious mind stores what you practise until it runs subconsciously.', ['consciousness:subconscious', 'consciousness:subconsciously']],
  // An unequal relation, symmetric functions and Hermitian symmetry are not the symmetry of physics.
  ['The theory conflicts asymmetrically with our intuitions.', []],
  ['There are asymmetric power relationships between the two parties.', []],
  ['If a sequence of symmetric functions satisfies this, the claim holds.', []],
  ['For a real signal the coefficients have Hermitian symmetry.', []],
  ['我们常把相对熵视作分布之间的距离，尽管它并不对称。', []],
  ['The asymmetry between matter and antimatter in the early universe is still unexplained.', []],
  // Recursive in computability theory is decidable; formal languages are not human language.
  ['每个上下文相关语言都是递归的，且递归可枚举的语言族更大。', []],
  ['A recursive language is one that some machine decides: it is decidable.', []],
  ['函数在定义中调用自身，这就是递归。', ['recursion:递归']],
  // After set-m: a cue inside the name (临界 in 临界点) is no evidence; the arrival of a thing.
  ['由介值定理，T 的导数有零点，也就是 T 有临界点。', []],
  ['水在临界点附近，液体和气体的界限消失。', ['critical-point:临界点']],
  ['In summary, the emergence of the transformer changed the field.', ['transformer:transformer']],
  ['We are witnessing the emergence of something beautiful.', []],
  ['The emergence of new properties from simple parts is the theme of this book.', ['emergence:emergence']],
  // Aware of a fact; in one's own words.
  ['He was conscious that she was watching him.', []],
  ['When signals are broadcast widely, we become conscious of the sensation.', ['consciousness:conscious']],
  ['课后问了很多问题，我用自己的语言记录在这里。', []],
  // After set-o: attention that people earn or draw; Boltzmann's logarithm is statistical physics.
  ['Open models are a filter for serious attention from engineers who build on LLMs.', ['large-language-model:LLMs']],
  ['All a lab needs is one release that will drive attention to its other models.', []],
  ['In self-attention, each token computes attention scores over the previous tokens.', ['attention-mechanism:self-attention', 'attention-mechanism:attention']],
  ['为什么非要把熵定义成微观态数目的对数？', ['entropy:熵']],
  // After sets r and s: a software library, a recurrent network, embeddings of other fields, and the
  // Chinese "high entropy" of a dataset, which reads like the English "high entropy".
  ['我们将透过 Hugging Face 的 Transformer 套件动手操作。', []],
  ['Install the Hugging Face Transformers library with pip.', []],
  ['支持[🤗transformers](https://github.com/huggingface/transformers)推理。', []],
  ['The Transformer replaced recurrence with attention.', ['transformer:Transformer', 'attention-mechanism:attention']],
  ['在递归网络的每个节点上，进行一系列矩阵乘法。', []],
  ['t-stochastic neighbor embedding (t-SNE) keeps nearby points together.', []],
  ['A technique called delay-coordinate embedding reconstructs the attractor.', []],
  ['The embedding of the attractor in phase space is smooth.', []],
  ['在决策树中，一个高熵的数据集包含许多不同类别的数据。', ['information-entropy:高熵']],
  ['孤立系统从低熵走向高熵。', ['entropy:低熵', 'entropy:高熵']],
  ['The hash is chosen from a distribution with high min-entropy.', []],
  // After sets t and u: "in order to" is no evidence of chaos theory, the chaos of chaos experiments is
  // everyday; critical phenomena speak for the critical point; embeddings of set theory and the language
  // of thought are not the concepts.
  ['In order to test resilience, Chaos Kong kills entire regions and the team learns from the chaos.', []],
  ['Life sits at the edge between order and chaos.', ['chaos:chaos']],
  ['At the q=3 critical point of the Potts Hamiltonian, the free energy is not an analytic function.', ['critical-point:critical point']],
  ['j 是从 V 到内模型 M 的初等嵌入。', []],
  ['The language of thought hypothesis says that thinking occurs in Mentalese.', []],
  // After set v: the formal definition of a language one designs, a symmetric channel, the key point of an argument.
  ['在阅读例子的过程中理解这门语言，而不要看语言的形式定义。', []],
  ['The binary symmetric channel flips each bit with probability p.', []],
  ['The model demonstrates the critical point that outcomes are decoupled from intentions.', []],
  // After set w: text embeddings and semantic search; a chaos experiment is chaos engineering.
  ['解释什么是文本嵌入，以及如何用嵌入做语义搜索。', ['embedding:嵌入', 'embedding:嵌入']],
  ['什么是文本嵌入？', ['embedding:嵌入']],
  ['阿里巴巴开源的一款混沌实验注入工具。', []],
  // After set u: the power grid's transformers beside AI data centres; a KV cache is no kilovolt.
  ['Transformer demand rises with AI data centres, and the grid needs new substations.', []],
  ['拿到这两个 token 的 kv 之后，就需要再走一遍 transformer。', ['transformer:transformer']],
  // After set x: public awareness is no consciousness; a planning domain definition language is formal.
  ['The idea entered the mainstream consciousness with a bestselling book.', []],
  ['Underneath it sits a kind of historical consciousness.', []],
  ['使用规划域定义语言（PDDL，Planning Domain Definition Language）描述问题。', []],
  // After sets aj and ak: the chaos of chaos engineering, the scripts of a content pipeline, derived
  // entropies and expression languages.
  ['混沌系统应能在毫秒级停止故障注入，并触发熔断。', []],
  ['## Chaos in practice\n\nSRE teams run experiments on microservices.', []],
  ['系统从混沌走向有序，是一种自组织。', ['chaos:混沌', 'self-organization:自组织']],
  ['The transformer script must be an executable file listed in the pipeline configuration.', []],
  ['对于有记忆信源，极限熵小于单符号熵。', ['information-entropy:熵']],
  ['The entropy rate of a stationary process is the limit of the per-symbol entropy.', ['information-entropy:entropy']],
  ['用 LangChain 表达式语言组装一个检索链。', []],
  // Task names and the language of mathematics (read off sets i and w after they were scored).
  ['The model is fine-tuned for question answering and language inference.', []],
  ['微调后的模型在问答和语言推理任务上都有提升。', []],
  ['Calculus is the mathematical language of change.', []],
  // After sets al and am: the recursive resolution of DNS; other names of AGI, of the action principle,
  // of broken symmetry and of self-attention.
  ['浏览器把请求发给 DNS 递归解析服务器，由它向根服务器和权威服务器查询。', []],
  ['Your recursive resolver asks the root servers first, then the authoritative name servers.', []],
  ['用递归函数计算阶乘。', ['recursion:递归']],
  ['AGI（人工通用智能）仍是一个遥远的目标。', ['agi:AGI', 'agi:人工通用智能']],
  ['作用量原理是分析力学中一个最基本的假设。', ['least-cost-principle:作用量原理']],
  ['固体物理考虑破缺的对称性。', ['symmetry-breaking:破缺的对称性']],
  ['CNN 可以看作一种受限制的自注意层。', ['attention-mechanism:自注意']],
  // Other names read off earlier sets' misses: Taiwan's 人工通用智慧, the word order "general artificial
  // intelligence", and 多即是不同 for Anderson's essay.
  ['人工通用智慧的發展速度超出許多人的預期。', ['agi:人工通用智慧']],
  ['Progress toward general artificial intelligence may stall.', ['agi:general artificial intelligence']],
  ['这验证了“多即是不同”的观点。', ['more-is-different:多即是不同']],
  // After set ap: a team of robots that self-organises collectively is a swarm.
  ['We present a team of robots that collectively self-organise their behaviour.', ['self-organization:self-organise']],
  ['The team will self-organize around the sprint goal.', ['self-organization:self-organize']],
  // After sets az to bc: symmetric quantization and multiprocessing, a symmetric tree, monad transformers,
  // the Transformers library, human attention, big-bang integration and graphs embedded in surfaces.
  ['对称量化把浮点数映射到以零为中心的整数区间，非对称量化则另设零点。', []],
  ['Symmetric quantization maps zero to zero; asymmetric quantization adds a zero point.', []],
  ['对称多处理（SMP）的所有处理器共享内存。', []],
  ['Given a binary tree, check whether it is a symmetric tree.', []],
  ['A monad transformer stacks one monad on another.', []],
  ['先用 pip 装好 Transformers库 再说。', []],
  ['这个机制之所以叫注意力，是因为它模仿了人类的注意力。', []],
  ['Big-bang integration merges every module at once.', []],
  ['大爆炸模型是一种几乎不做计划的 SDLC 模型，适合小项目。', []],
  ['A planar graph has an embedding in the plane; a graph of genus one embeds in the torus.', []],
  ['宇宙大爆炸发生在约 138 亿年前。', ['big-bang:大爆炸']],
  // A section's uncontested cues read a bare name there: layers of a model, in a section on its KV cache.
  ['## KV cache groups\n\nThe model keeps a token cache per layer.\n\nIt has 10 Full Attention layers.', ['attention-mechanism:Attention']],
  // After sets bd to bg: 有意识地 is "deliberately" (most sets; the adjective 有意识的 still counts), a
  // general AI assistant, Netflix's Chaos Monkey in Chinese, NLP tasks.
  ['他有意识地放慢了说话的速度。', []],
  ['机器是否有意识的问题仍有争论。', ['consciousness:有意识']],
  ['GAIA 是一个评估通用人工智能助手能力的基准。', []],
  ['Netflix 的混沌猴子会随机关掉生产环境里的实例。', []],
  ['预训练模型通过微调适应各种自然语言任务。', ['pretraining:预训练']],
  // After sets bh to bk: joint information entropy is another quantity; mutual information is symmetric
  // as a function; the three-body problem speaks for chaos; the French "second principle"; a typo of Shannon.
  ['联合信息熵衡量两个随机变量的总不确定性。', []],
  ['互信息是对称的：I(X;Y) = I(Y;X)。', []],
  ['With three interacting bodies the dynamics becomes highly chaotic (see the three-body problem).', ['chaos:chaotic']],
  ['The second principle of thermodynamics forbids perpetual motion of the second kind.', ['second-law-of-thermodynamics:second principle of thermodynamics']],
  ['The Shanon entropy of a fair coin is one bit.', ['information-entropy:Shanon entropy']],
  // After sets bl to bo: the Sentence Transformers library (three sets of five call it a name), transfer
  // entropy, embeddedness in situated cognition, the even and odd symmetry of a signal.
  ['We encode the passages with Sentence Transformers and store the vectors.', []],
  ['转移熵衡量一个时间序列对另一个的信息流。', []],
  ['Transfer entropy measures directed information flow between two time series.', []],
  ['具身认知强调认知的嵌入性。', []],
  ['若 f(t) = f(-t)，则称信号具有偶对称。', []],
  // Session 16: a lack of balance (asymmetry, 不对称) is no symmetry (since session 17 not even in physics);
  // a crystal's lattice and point group speak for the symmetry of physics, not for a mathematical property.
  ['自然界天生有非对称性：热总是从高温流向低温。', []],
  ['市场深度的非对称性揭示了流动性的变化。', []],
  ['The bandwidth asymmetry between the two links is suggestive.', []],
  ['Both symmetry and asymmetry can be used in a composition.', ['symmetry:symmetry']],
  ['The point group of this lattice is symmetric about its axis.', ['symmetry:symmetric']],
  ['物理学家在星系的排列中发现了不对称性。', []],
  // After sets bp, br and bs: the entropy of a model's tokens is information entropy; someone's attention is
  // a person's; fuzzy logic's linguistic variables; 增大 (enlarge) before 语言模型; 波尔茨曼 is Boltzmann.
  ['When the mean per-token entropy falls below the target, the entropy bonus grows.', ['information-entropy:entropy', 'information-entropy:entropy']],
  ["ChatGPT, a Transformer model trained on tokens, caught everyone's attention.", ['transformer:Transformer']],
  ['模糊控制先把语言变量映射到数值范围。', []],
  ['我们将通过增大语言模型基座来强化推理能力。', []],
  ['# 信息论\n\n香农用比特度量信息。\n\n波尔茨曼把熵刻在了墓碑上。', ['entropy:熵']],
  // After set bq: writers type llm in lower case too (sets af, ah, l and bq: 12 mentions, 3 false).
  ['上下文长度限制现在是一个llm的核心问题。', ['large-language-model:llm']],
  // After set bt: 意识不到 (fail to realise), managing one's attention, the brain's attention.
  ['人们常常意识不到自己正在使用隐喻。', []],
  ['AI 时代的注意力管理很重要，模型的注意力机制也值得一讲。', ['attention-mechanism:注意力机制']],
  ['Transformer 神经网络的查询向量模拟了大脑的注意力。', ['transformer:Transformer']],
  // After sets bu, bv and bw: language identification is a task; a DSL's host and intermediate languages
  // are programming languages; an unembedding matrix; the entropy of a policy in reinforcement learning;
  // refracting telescopes.
  ['Typical uses are spam detection and language identification.', []],
  ['内部 DSL 沿用宿主语言的表达方式。', []],
  ['词嵌入之后，模型用解嵌入矩阵把向量映射回词表。', ['embedding:词嵌入']],
  ['Soft Actor-Critic adds the entropy of the policy to the reward in reinforcement learning.', ['information-entropy:entropy']],
  // 最大熵 names the maximum-entropy framework (set cu; 31 of its 36 uses over all sets are not the term).
  ['基于最大熵的强化学习算法有更强的探索能力。', []],
  ['Refracting telescopes have a lens at the front.', []],
  // After sets bx to ca: co-emergence, the mutual arising of a buzzword, is not emergence (four sets mark it hard).
  ['Meaning and world arise together in a recursive co-emergence.', ['recursion:recursive']],
  // Session 17, after the second annotations and blind sets cc to ce: named quantities of dynamics; a
  // mathematical object's symmetry; things springing up; a large recommendation model; BASIC; a recognition
  // task; a person's attention beside a network; the arrival of a technology; histology; a fruit-fly gene.
  ['Expansion entropy and topological entropy both grow when the dynamics mix.', []],
  ['如果一棵二叉树和它的镜像一样，那么它是对称的。', []],
  ['M is the friction operator (symmetric, positive semi-definite).', []],
  ['商业供应商如雨后春笋般涌现。', []],
  ['美团发布了推荐大模型 MTFM。', []],
  ['它运行带有矢量图形子程序的BASIC语言。', []],
  ['That is a tenfold increase in language recognition capabilities.', []],
  ['人只要付出注意力，就能为神经网络注满能量。', []],
  ['The emergence of large language models has changed how we write.', ['large-language-model:large language models']],
  ['The emergence of the attention mechanism has enabled models to handle complex relationships.', ['attention-mechanism:attention mechanism']],
  ['Tissue samples are fixed in formalin before paraffin embedding.', []],
  ['Mutations in the transformer gene turn Drosophila females into males.', []],
  ['A Transformer encoder embeds each token; mutations of a gene are its input.', ['transformer:Transformer']],
  // After blind set cf: metallurgy's name for a phase transition; the Chaos of Greek myth, the first disorder.
  ['In steels, the martensitic phase transformation happens without diffusion.', ['phase-transition:phase transformation']],
  ["In Hesiod's Theogony, Chaos came first, and then Gaia.", ['chaos:Chaos']],
  // After blind set ch: machine translations call the Transformer 变压器 (like 变形金刚); the device stays one.
  ['机器翻译把 Transformer 译成了变压器：变压器模型用自注意力取代了循环结构。', ['transformer:Transformer', 'transformer:变压器', 'transformer:变压器', 'attention-mechanism:自注意力']],
  ['这台变压器的线圈烧了，电源模型需要重新计算。', []],
  // A document that names the Transformer does not make a coil's 变压器 one: it is a name of the device too.
  ['Transformer 模型很强大。\n\n变压器的线圈和电压都被记录下来。', ['transformer:Transformer']],
  ['ARC-AGI-2 tests abstraction; AGI is the goal.', ['agi:AGI']],
  // After blind set cl: a named movement; Carnap's linguistic frameworks and the language of logic are formal.
  ['Biko founded the Black Consciousness Movement; consciousness itself was not his topic.', ['consciousness:consciousness']],
  ['卡尔纳普认为，接受一个语言框架只是实用的选择，逻辑的语言也是如此。', []],
  // After blind set cm: SQL's recursive query is recursion (DNS's needs DNS nearby); CatBoost's symmetric
  // trees, the symmetry of a function's graph and posterior entropy are mathematics.
  ['SQL 的递归查询用递归 CTE 实现。', ['recursion:递归', 'recursion:递归']],
  ['DNS 服务器替客户端做递归查询。', []],
  ['CatBoost 使用对称树，也叫对称决策树。', []],
  ['后验熵越小，分类越确定。', []],
  ['tanh 的函数图像关于原点对称。', []],
  // After blind set cj: software entropy is the metaphor of disorder, whatever the section says of distributions.
  ['# 降低软件熵\n\n数据的分布越来越零散。', ['entropy:熵']],
  // After blind sets cn to cr: left recursion and recursive definitions are recursion even among formal
  // languages (only 'primitive recursive' and its kin are computability's); a wallet's random bits are
  // information; new technologies 'emerge'; hyperchaos is chaos; a text's diction and smart-contract
  // languages are not human language.
  ['消除左递归要改写产生式，这在上下文无关语言的语法分析中很常见。', ['recursion:递归']],
  ['A recursive definition defines a thing by simpler cases of itself, as formal languages do.', ['recursion:recursive']],
  ['The recursive descent parser handles the Chomsky hierarchy\'s context-free languages.', ['recursion:recursive']],
  ['primitive recursive 的函数总会停机。', []],
  ['BIP-39 先随机生成 128 位熵，再把这些熵编码成 12 个助记词。', ['information-entropy:熵']],
  ['Emerging Memory Technologies（新兴存储技术）是近年来出现的存储系统。', []],
  ['The Lorenz hyperchaotic system drives the encryption of the image.', ['chaos:hyperchaotic']],
  ['他的语言风格简练而准确。', []],
  ['Solidity is the most popular language for smart contracts.', []],
  // Machine translations name the mechanism 注意 in its compounds; centre-embedding is syntax; NLTK is a library.
  ['软注意的注意权重在 0 到 1 之间。', ['attention-mechanism:软注意', 'attention-mechanism:注意权重']],
  ['The parser fails on deep center-embedding in sentences.', []],
  ['NLTK 即自然语言工具包（Natural Language Toolkit）。', []],
  // After blind set cu: a model family's name (vision-language-action) and the maximum-entropy framework.
  ['Vision-Language-Action models map camera images to robot actions.', []],
  ['最大熵强化学习鼓励策略多探索。', []],
  // After blind sets cs and cv: 浑沌 is the older spelling of primordial chaos; Alexander's pattern language is design.
  ['天地浑沌如鸡子，盘古生其中。', ['chaos:浑沌']],
  ['他整天浑浑沌沌，不知在想什么。', []],
  ['亚历山大的《模式语言》收录了 253 个建筑模式。', []],
  // A vision or speech foundation model is a 大模型 but not a language model.
  ['SAM 带火了一波视觉大模型，但语音大模型也在追赶。', []],
  // 重大 (major) and 巨大 (huge) before 模型: the words are 重大|模型, not 大模型.
  ['每次重大模型发布之前都有安全评估。', []],
  // After natural set cy: a responsive page's breakpoint, which Chinese posts also call 临界点.
  ['响应式设计要按内容设置临界点，再写 media query。', []],
  ['水在临界点附近，液体和气体的界限消失，这不是响应式设计。', ['critical-point:临界点']],
  // After natural sets db to dd: the symmetry of a binary relation (beside reflexivity and transitivity),
  // 混沌 written for 馄饨, a declarative (query) language, channel attention, the phase of anaesthesia.
  ['若二元关系同时具有自反性、对称性和传递性，它就是等价关系。', []],
  ['A relation that is reflexive, transitive and has symmetry is an equivalence relation.', []],
  ['诺特定理把对称性和守恒律联系起来。', ['symmetry:对称性']],
  ['早上在面条部包混沌、煮混沌。', []],
  ['前端只需用一种声明式的语言描述数据需求。', []],
  ['SE 模块是一种通道注意力，为每个通道学习权重。', ['attention-mechanism:通道注意力']],
  ['Emergence from anaesthesia was smooth, and the patient was extubated.', []],
  ['研究从信息扩散走向注意力流动和计算叙事。', []],
  // Names across a word boundary or inside another method's name: 浪涌|现象 (a surge), ISODATA's Chinese name.
  ['雷击引起的浪涌现象会损坏电源。', []],
  ['聚类可以用 K-Means，也可以用迭代自组织数据分析算法。', []],
  // Session 20: language understanding and generation as tasks (the brain's language understanding is
  // language), a language pack, and 有意识的 before a verb (deliberately: 有意识的去听).
  ['该模型在语言理解和生成任务上都有提升。', []],
  ['大脑的语言理解依赖布洛卡区和韦尼克区。', ['language:语言']],
  ['离线翻译需要先下载语言包。', []],
  ['听歌时很少有人有意识的去听歌词。', []],
  ['冥想时有意识的关注呼吸。', []],
  ['语言是人类共同的财富。', ['language:语言']],
  ['一个有意识的生命会感到痛苦。', ['consciousness:有意识']],
  // 语言 as wording: used with a word of manner (用简单的语言: in plain words), and a university's name.
  // Without 用 the same words may name a language (每个民族都有自己的语言).
  ['请用简单的语言向朋友解释水循环。', []],
  ['请用自己的语言复述这段话。', []],
  ['每个民族都有自己的语言。', ['language:语言']],
  ['语言从简单的语言逐渐演化为复杂的语法系统。', ['language:语言', 'language:语言']],
  ['避免使用否定语言，多用肯定的指令。', []],
  ['他是北京语言大学的副教授。', []],
  ['简单的规则也能产生复杂的人类语言。', ['language:人类语言']],
  // Human or cognitive attention named beside the mechanism; language agents (agents built on LLMs).
  ['Unlike human attention, which is limited, the attention mechanism can attend to every token.', ['attention-mechanism:attention mechanism']],
  ['旋转保持内积不变，因此空间是对称的。', ['symmetry:对称']],
  ['Reflexion: Language Agents with Verbal Reinforcement Learning', []],
  ['基于言语强化学习的语言智能体。', []],
  // Session 21: X意识 as a mindset (rights-mindedness, not consciousness), attention that a release
  // attracts, the mechanism written with a space (Attention 机制), "(language) model", deliberate choices.
  ['这些改革源于公民的权利意识。', []],
  ['过度的平等意识会威胁民主。', []],
  ['人类的意识从何而来？', ['consciousness:意识']],
  ['GPT-4 的发布吸引了整个行业的注意力。', []],
  ['Transformer 一经发布就吸引了研究者的注意力。', ['transformer:Transformer']],
  ['注意力机制让模型关注输入中最相关的部分，注意力权重由查询和键算出。', ['attention-mechanism:注意力机制', 'attention-mechanism:注意力']],
  ['Attention 机制让模型关注输入中最相关的部分。', ['attention-mechanism:Attention 机制']],
  ['We estimate it with a (language) model trained on samples.', []],
  ['用一个（语言）模型来估计交叉熵。', []],
  ['Writers make conscious choices about every word.', []],
  ['Is the machine conscious at all?', ['consciousness:conscious']],
  // Session 22: markup and data languages (XML语言), the symmetric difference of sets, a team's weak sense of upkeep.
  ['SVG 采用 XML 语言来标记图像信息。', []],
  ['Markdown语言的语法很简单。', []],
  ['对称差：集合 A 与集合 B 中所有不属于 A ∩ B 的元素的集合。', []],
  ['物理定律在时间平移下保持对称。', ['symmetry:对称']],
  ['代码没有长久的维护意识，规范意识淡薄。', []],
  // Domain-driven design's shared vocabulary, natural-language search as a feature, languages of a code highlighter.
  ['领域专家和开发人员使用同一套通用语言（Ubiquitous Language）。', []],
  ['这不是领域语言，而是实现视角。', []],
  ['支持案情自然语言检索和多维度筛选。', []],
  ['主题内置多种代码高亮方案，支持按语言懒加载。', []],
  ['孩子在三岁前就掌握了母语的语言结构。', ['language:语言']],
  // A hue change (色相|变化) is no phase transition; languages without closures are programming languages.
  ['粒子生命周期内的色相变化形成变色拖尾。', []],
  ['水在零度发生相变。', ['phase-transition:相变']],
  ['有的语言没有闭包，只能拿对象去模拟闭包。', []],
  // A large model against a small one is a size, not an LLM (the guidelines' size comparison); a
  // library's version pin is no Transformer.
  ['用大模型训练，用小模型部署。', []],
  ['小模型容易过拟合，大模型下的过拟合不那么严重。', []],
  ['大模型正在改变软件开发。', ['large-language-model:大模型']],
  ['环境：torch=1.10.1，transformers=4.18.0。', []],
  // 词 inside a longer word (词条, an entry) says nothing of word embeddings; a word does.
  ['参见术语表中“内帽”词条。笔尖与笔舌嵌入笔握。', []],
  ['每个单词都被嵌入到一个低维空间。', ['embedding:嵌入']],
  // Bare 嵌入 is the everyday verb (a chip into a board, a ring into a cap) until the text speaks of
  // vectors or words, even in a document that names word embeddings; and a Chinese word for a page or a
  // video says nothing of the English "embedding", which is the learned vector wherever it stands.
  ['本文不谈词嵌入。\n\n钢笔的饰环通过模具锻压后嵌入笔帽。', ['embedding:词嵌入']],
  ['这段视频讲清楚了 embedding 的过程。', ['embedding:embedding']],
  ['将视频转化为描述摘要，存入基于 embedding 的记忆系统。', ['embedding:embedding']],
  // After code, 语言 is the computer language the code names.
  ['SVG 采用`XML`语言格式来标记图像。', []],
  // A spatial transformer network warps images; it is no Transformer.
  ['除了 Transformer 编码器，模型还用空间转换器网络校正图像。', ['transformer:Transformer']],
  ['Besides the Transformer encoder, a Spatial Transformer warps the input image.', ['transformer:Transformer']],
  // A repository's language beside its package manager is a computer language.
  ['工具会检视仓库的语言、框架、包管理器和测试命令。', []],
  // A developer's sense of a practice is no consciousness; a laptop's phase-change pad is no phase transition.
  ['曾经没有数据备份意识的我，吃过不少亏。', []],
  ['清完灰、换了相变片之后，温度明显下降。', []],
  // A power engineer's cables and breakers, a Java agent's class transformer: no neural network.
  ['The report covers cable sizing, protection, switchgear and transformer loading.', []],
  ['The agent rewrites bytecode with a class transformer before the class loads.', []],
  ['我们在预训练中使用了 transformers 框架。', ['pretraining:预训练']],
  // The phases of a workflow are no phases of matter; a mobile ad hoc network organises no pattern.
  ['State machines model the lifecycle of a ticket and its phase transitions.', []],
  ['Water boils at a phase transition, as its molecules leave the liquid.', ['phase-transition:phase transition']],
  // A state machine elsewhere in the section is not enough: the stage needs its cue nearby.
  ['# 控制器\n\n系统用一个状态机调度任务。\n\n七十年后，语言成了控制器本身，这是一场相变。', ['language:语言', 'phase-transition:相变']],
  ['车联网常用车载自组织网络传输数据。', []],
  ['蚁群的觅食路线是一种自组织现象。', ['self-organization:自组织']],
  // Huffman codes and the Kraft inequality are information theory.
  ['Huffman coding gets within one bit of the entropy of the source; the Kraft inequality bounds the code lengths.', ['information-entropy:entropy']],
  // An awareness of a quoted practice; a quantisation scheme's symmetry.
  // A random-number generator's entropy source is information; a language generation task and a language agent are not language.
  ['The prover samples CPU jitter entropy and folds it into the transcript.', ['information-entropy:entropy']],
  ['它在语言生成任务上表现出色。', []],
  ['这篇论文不直接面向语言 agent。', []],
  // The class name and the abbreviation of multi-head (self-)attention.
  ['Each encoder layer stacks an MHSA block and a feed-forward block.', ['attention-mechanism:MHSA']],
  ['其实 Transformer 的基础模块就三个，分别为 MultiHeadAttention、PositionwiseFeedForward 和 SublayerConnection。', ['transformer:Transformer', 'attention-mechanism:MultiHeadAttention']],
  ['从一开始就应该有“知识源管理”的意识。', []],
  ['量化方法：对称/非对称，按通道或按组。', []],
  // A symmetric NAT is a kind of network address translation, and its English gloss goes with it.
  ['如果两端都在对称 NAT 后面，打洞几乎总会失败。', []],
  ['## 对称型 NAT（Symmetric）\n\n每个新的目的地址都会映射到新的端口，STUN 学到的端口对别的对端无效。', []],
  ['Hole punching fails when both peers sit behind a symmetric NAT.', []],
  // Properties that emerge from a substrate are emergence; a need that emerged is the plain verb.
  ['Mental properties are distinct from physical ones but emerge from physical substrates.', ['emergence:emerge']],
  ['A need has emerged to connect people with the right content.', []],
  // The parts of the mechanism (its heads, layers, masks, kernels) speak for it; an ethic's values do not.
  ['以 10 个 Full Attention 层 + 20 个 Sliding Window 层为例。', ['attention-mechanism:Attention']],
  ['Flash attention cuts the memory traffic by tiling.', ['attention-mechanism:attention']],
  ['Simone Weil on attention: the authentic and pure values are truth, beauty and goodness.', []],
  // A decoder that concentrates its attention is the mechanism; a pupil who cannot is not.
  ['在第 7 个时间步，注意力机制使得解码器可以将注意力集中在 student 这个词上。', ['attention-mechanism:注意力机制', 'attention-mechanism:注意力']],
  ['多头注意力将注意力分散到几个子空间中。', ['attention-mechanism:多头注意力', 'attention-mechanism:注意力']],
  ['上课时，学生的注意力集中不了多久。', []],
  // Attention spans are everyday attention, as an attention span is; anti-entropy in a cluster is replica repair.
  ['# Sequence models\n\nHave attention spans been declining?', []],
  ['EnableTagOverride 禁用服务标签的反熵功能。', []],
  // A page cited is no web page: a paper's embeddings stay embeddings.
  ['Position is injected by adding sinusoidal encodings to embeddings (page 6).', ['embedding:embeddings']],
  ['Copy the embedding code into your web page.', []],
  // HTTP headers name a setting, not language.
  ['The client sends Accept-Language and the server answers with Content-Language.', []],
  // Compile-time source transformers rewrite code; they are no neural network.
  ['This namespace helps you write source transformers that rewrite the syntax tree at compile time.', []],
  ['A Transformer written with Roslyn adds logging to every method.', []],
  // The un-embedding maps vectors back to the vocabulary: no embedding.
  ['The final linear layer, also called the "un-embedding", projects each vector onto the vocabulary.', []],
  // A source of entropy for random numbers speaks of information, not heat.
  ['生产系统需要可靠的熵源。', ['information-entropy:熵']],
  // A decoder's sampling temperature is no heat: its 熵 is the entropy of a distribution.
  ['熵引导解码与动态温度控制，提升生成速度。', ['information-entropy:熵']],
  ['Raising the sampling temperature flattens the distribution and its entropy grows.', ['information-entropy:entropy']],
  ['温度升高，熵随之增加。', ['entropy:熵']],
  // A longer cue that starts in an address says nothing, not even over the cue inside it in the prose.
  ['See https://x.org/sampling temperature rises and the entropy, in bits, grows.', ['entropy:entropy']],
  // A benchmark's name is no language.
  ['CMMLU：中文多任务语言理解评估', []],
  ['MMLU (Massive Multitask Language Understanding) covers 57 subjects.', []],
  // A smart contract's language and a language's built-in functions are programming.
  ['Cadence 是 Flow 区块链的一种合约语言。', []],
  ['这门语言的内置函数很少。', []],
  // A distribution or a game's equilibrium is symmetric as a mathematical object.
  ['A symmetric distribution has its mean equal to its median.', []],
  ['The histogram is bell-shaped and symmetric.', []],
  ['当所有玩家都采用同一策略时，这是一个对称纳什均衡。', []],
  ['In a symmetric game every player faces the same payoffs.', []],
  ['晶体的对称性决定了它的许多物理性质。', ['symmetry:对称性']],
  // Complexity theory's languages are sets of strings.
  ['A language L over Σ is decided in polynomial time by some algorithm.', []],
  ['能在多项式时间内被某个算法判定的语言组成了 P 类。', []],
  ['The Kleene star of a language L is the union of all its powers.', []],
  // A statistics method named after entropy; an idiom of awareness; everyday attention.
  ['We reweight the control group with entropy balancing.', []],
  ['各级干部要强化制度意识。', []],
  ['This method deserves some attention before you move on.', []],
  // The same words in physics, philosophy of mind and model code keep their readings.
  ['A spherically symmetric distribution of mass attracts like a point mass.', ['symmetry:symmetric']],
  ['质量的球对称分布使得外部引力如同点质量。', ['symmetry:对称']],
  ['The universe began in a symmetric equilibrium that later broke.', ['symmetry:symmetric']],
  ['The Boltzmann entropy weights all microstates equally.', ['entropy:entropy']],
  ['Searle argued that a Turing machine could never understand language.', ['language:language']],
  ['塞尔的中文屋论证认为，图灵机式的符号操作并不等于理解语言。', ['language:语言']],
  ['Language is more than a set of strings: speakers share it.', ['language:Language']],
  ['Each block needs some attention heads and a feed-forward layer.', ['attention-mechanism:attention']],
  ['The encoder requires some attention layers and a softmax.', ['attention-mechanism:attention']],
  ["The climber's attention never left the rope.", []],
  // Position schemes belong to the neural mechanism.
  ['Common attention utilities build dilated masks and apply positional encodings.', ['attention-mechanism:attention']],
  ['Here the attention adds a linear bias to its logits instead of learned positions.', ['attention-mechanism:attention']],
  // "The action principle" is the principle of least action (as 作用量原理 is); "an action principle" is any
  // of its kind. Time-crystalline is the adjective of a time crystal, as chaotic is of chaos.
  ['The action principle selects the path whose action is stationary.', ['least-cost-principle:action principle']],
  ['Of all the paths it could take, the particle takes one of stationary action.', ['least-cost-principle:stationary action']],
  ['Maxwell\'s theory can be written as an action principle too.', []],
  ['They observed time-crystalline eigenstate order on a quantum processor.', ['time-crystal:time-crystalline']],
  // A model's reader module is no reader of a text: its attention heads stay the mechanism.
  ['The reference model uses 8 attention heads and a boundary reader of depth 2.', ['attention-mechanism:attention']],
  ['The essay holds the reader\'s attention to the end.', []],
  // What requires or demands attention claims someone's care, as what deserves or warrants it does.
  ['The embedding model is fine, but the API routing requires attention: the app calls the wrong port.', ['embedding:embedding']],
  ['Interrupts demand attention from the main loop of the neural network accelerator.', []],
  // t-SNE's name in its other spellings; attention systems of the brain's prefrontal cortex and thalamus.
  ['The data were analysed with the t-stochastic neighbors embedding algorithm.', []],
  ['See T-distributed Stochastic Neighbourhood Embedding for a visual account.', []],
  ['Models the thalamic reticular nucleus and prefrontal attention systems.', []],
  ['这个模型模拟了前额叶的注意力系统。', []],
  // Many things turning up is their arrival, in English as in Chinese (涌现出许多).
  ['Over the decade we saw the emergence of many different frameworks.', []],
  ['Mathematics changed with the emergence of various computational techniques.', []],
  // Awareness as a habit of work: of memory, of safeguards, of optimisation, of the rule of law.
  ['写代码要有内存意识、防护意识和优化意识。', []],
  ['普法的目的是增强公民的法治意识。', []],
  // The chaos game is an algorithm's name (random points that draw a fractal), as chaos engineering is a practice's.
  ['The Chaos Game draws the Sierpinski triangle from random points, a nice fractal.', []],
  ['用混沌游戏可以画出谢尔宾斯基三角形这个分形。', []],
  ['The double pendulum is a chaotic system; its chaos shows as sensitivity to initial conditions.', ['chaos:chaotic', 'chaos:chaos']],
  // Self-organised criticality names self-organisation, with criticality as its head noun (as emergent abilities
  // names emergence); a self-organising map is a network's name.
  ['The sandpile model shows self-organized criticality.', ['self-organization:self-organized']],
  ['沙堆模型展示了自组织临界性。', ['self-organization:自组织']],
  ['A self-organizing map clusters the colours.', []],
  // A common language is shared terms (of units, of a domain), as a universal language (通用语言) is.
  ['SI units are a common language for measurements, so engineers agree on a metre.', []],
  ['团队成员之间要先建立共同语言，才能讨论领域模型。', []],
  // A classifier's purity and a reinforcement learner's entropy bonus are information entropy; heat still wins
  // in its own sentence.
  ['With regards to classification, entropy is a measure of purity.', ['information-entropy:entropy']],
  ['The agent adds an entropy bonus so that its policy entropy stays high.', ['information-entropy:entropy', 'information-entropy:entropy']],
  ['A classification of heat engines by how much entropy they produce.', ['entropy:entropy']],
];

describe('the built-in pack, read in context', () => {
  for (const [text, expected] of CASES) {
    it(text, () => assert.deepEqual(found(text), expected));
  }
});
