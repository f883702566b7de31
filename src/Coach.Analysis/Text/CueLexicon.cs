namespace Coach.Analysis.Text;

/// <summary>
/// Bilingual cue words of B2B sales talk, grouped by what they hint at. Each match becomes a token
/// such as <c>cue_price</c> beside the n-grams, so a model can learn from "贵" and "pricey" alike
/// and generalise to wordings it has not seen.
/// English cues match whole words ("cost" does not match "costume"); a trailing '*' makes a prefix.
/// Chinese cues match anywhere.
/// </summary>
internal static class CueLexicon
{
    public static readonly IReadOnlyDictionary<string, string[]> Cues = new Dictionary<string, string[]>
    {
        ["price"] =
        [
            "价格", "价钱", "多少钱", "报价", "费用", "贵", "便宜", "预算", "折扣", "优惠", "打折", "付款", "分期", "账期",
            "发票", "年费", "单价", "成本", "收费", "钱", "价位", "性价比",
            "price*", "cost", "costs", "costly", "expensive", "cheap*", "budget*", "discount*", "quote*", "quotation",
            "pay", "paying", "payment*", "invoice*", "fee", "fees", "licen*", "per seat", "per user", "afford*", "pricey",
            "rate card", "spend",
        ],
        ["time"] =
        [
            "什么时候", "多久", "多长时间", "上线", "交付", "交货", "工期", "周期", "最快", "尽快", "下个月", "明年", "今年",
            "季度", "年底", "月底", "马上", "以后", "再说", "过段时间", "暂时", "现在不", "不急", "忙完",
            "when", "soon", "how long", "go live", "go-live", "live", "deliver*", "lead time", "weeks", "months",
            "next quarter", "next year", "later", "timeline", "timeframe", "by when", "not now", "right now", "busy",
            "revisit", "no rush", "down the road",
        ],
        ["impl"] =
        [
            "迁移", "导入", "导过来", "培训", "对接", "接口", "集成", "实施", "部署", "安装", "调试", "驻场", "老数据",
            "切换", "上手", "教", "怎么用", "配置",
            "migrat*", "import*", "train", "training", "onboard*", "integrat*", "api", "rollout", "roll out", "set up",
            "setup", "install*", "deploy*", "implement*", "cutover", "configure*", "hand-holding", "support team",
        ],
        ["deal"] =
        [
            "合同", "签约", "签", "采购", "审批", "招标", "立项", "方案", "下一步", "推进", "供应商", "入库", "定下来",
            "流程走", "报价单", "付款方式", "盖章", "法务",
            "contract*", "sign", "signing", "paperwork", "procurement", "purchase order", "po", "proposal",
            "next step*", "go ahead", "move forward", "vendor form", "legal", "terms", "msa", "redline*", "sow",
        ],
        ["trial"] =
        [
            "试用", "试点", "演示", "demo", "poc", "测试", "先试", "体验", "样机", "试一下", "试试", "账号",
            "trial", "pilot", "demo*", "poc", "sandbox", "test drive", "try", "trying", "proof of concept", "test account",
        ],
        ["reference"] =
        [
            "案例", "同行", "参观", "口碑", "成功", "哪些公司", "哪些客户", "用过", "客户名单", "样板",
            "case stud*", "reference*", "customers like", "clients like", "site visit", "testimonial*", "who else uses",
            "same industry", "talk to a customer", "speak to a customer", "examples",
        ],
        ["authority"] =
        [
            "老板", "领导", "总经理", "董事会", "总部", "拍板", "说了不算", "做不了主", "决定", "批", "上面", "财务",
            "老总", "集团", "委员会", "一把手", "请示", "汇报",
            "cfo", "ceo", "coo", "cio", "boss", "board", "committee", "sign off", "sign-off", "approv*", "my manager",
            "headquarters", "hq", "decision", "not my call", "above me", "my director", "leadership", "owner",
        ],
        ["satisfied"] =
        [
            "挺好", "够用", "还行", "没必要", "不需要", "用不上", "习惯", "excel", "表格", "纸质", "手写", "凑合", "没问题",
            "fine", "works", "good enough", "don't need", "dont need", "no need", "happy with", "spreadsheet*", "excel",
            "paper", "manage ok", "managing", "works for us", "not broken",
        ],
        ["trust"] =
        [
            "靠谱", "靠得住", "放心", "安全", "泄露", "风险", "担心", "保障", "稳定", "倒闭", "不信", "小公司", "成立",
            "没听过", "资质", "保密", "合规", "吃过亏", "踩过坑",
            "trust*", "safe", "security", "secure", "risk*", "worried", "worry", "concern*", "reliab*", "proven",
            "guarantee*", "breach*", "startup", "track record", "never heard", "gdpr", "compliance", "burned", "too good",
        ],
        ["competitor"] =
        [
            "金蝶", "用友", "钉钉", "企业微信", "飞书", "纷享销客", "销售易", "浪潮", "有赞", "微盟", "管家婆", "sap",
            "oracle", "自己开发", "自研", "别家", "其他家", "另一家", "竞品", "合作了",
            "salesforce", "hubspot", "sap", "oracle", "netsuite", "workday", "zendesk", "dynamics", "servicenow", "zoho",
            "pipedrive", "freshworks", "already using", "already use", "current vendor", "another vendor", "in-house",
            "other vendor*", "competitor*",
        ],
        ["feature"] =
        [
            "不支持", "没有", "缺", "功能", "离线", "手机", "app", "定制", "不能", "做不到", "不满足", "达不到", "兼容",
            "support", "supports", "doesn't", "lacks", "lacking", "missing", "offline", "mobile", "app", "feature*",
            "deal-breaker", "dealbreaker", "can't", "cannot", "won't work", "on-prem*", "customi*",
        ],
        ["pain"] =
        [
            "麻烦", "头疼", "加班", "出错", "错", "慢", "手工", "手动", "重复", "抱怨", "投诉", "丢", "漏", "浪费", "效率",
            "延误", "积压", "来不及", "忙不过来", "对不上", "乱", "累", "卡", "返工",
            "manual*", "retyp*", "re-typ*", "error*", "mistake*", "slow*", "late", "delay*", "overtime", "complain*",
            "waste*", "lost", "lose", "losing", "pain*", "struggl*", "backlog", "chaos", "mess*", "headache*", "nightmare",
            "by hand", "every week", "every month", "keeps",
        ],
        ["want"] =
        [
            "需要", "希望", "必须", "想要", "得能", "能够", "要求", "要能", "要有", "想找", "想上", "想做",
            "need", "needs", "want*", "require*", "must", "has to", "have to", "looking for", "we'd like", "essential",
            "need to",
        ],
        ["hollow"] =
        [
            "以防万一", "先备着", "万一", "听说", "别人", "都有", "越多越好", "跟风", "不知道", "没想好", "用不上", "潮流",
            "领导说", "看到", "显得", "面子", "照抄", "模板", "随便", "反正",
            "just in case", "nice to have", "someday", "maybe", "heard", "everyone else", "everybody", "trendy",
            "no idea", "not sure why", "might", "buzzword", "looks good", "for show", "copied", "template", "whatever",
            "future-proof", "one day",
        ],
        ["consequence"] =
        [
            "影响", "损失", "后果", "导致", "代价", "造成", "意味着什么", "多大", "会不会", "连锁", "流失", "罚款",
            "cost you", "costing", "impact*", "affect*", "effect", "consequence*", "result*", "happen*", "knock-on",
            "lead to", "leads to", "churn", "penalt*", "fallout",
        ],
        ["payoff"] =
        [
            "如果", "帮助", "价值", "好处", "意味着", "节省", "省下", "会怎样", "有什么帮助", "能带来", "假如", "要是",
            "would it help", "value", "benefit*", "mean for", "save", "saving", "worth", "imagine", "what if",
            "how would", "would that", "would it", "useful",
        ],
        ["situation"] =
        [
            "现在", "目前", "用什么", "多少人", "几个", "流程", "一般", "平时", "规模", "多少家", "哪个系统", "怎么做的",
            "currently", "today", "how many", "how much", "what system", "which system", "walk me through",
            "at the moment", "right now", "how do you", "what do you use", "who handles", "team size",
        ],
        ["problem"] =
        [
            "困难", "问题", "难", "不满意", "头疼", "挑战", "最麻烦", "卡在", "痛点", "不顺", "吐槽",
            "problem*", "difficult*", "hardest", "challeng*", "frustrat*", "issue*", "struggle*", "annoy*",
            "what goes wrong", "unhappy", "biggest pain",
        ],
        ["bandwagon"] =
        [
            "都签了", "都在用", "同行", "大部分", "很多客户", "同区域", "选择了", "都上了", "好几家", "不少", "都换",
            "most", "many of", "others", "peers", "companies like yours", "similar", "already chose", "switched",
            "moved to us", "your neighbours", "your competitors", "like you", "industry leaders",
        ],
        ["urgency"] =
        [
            "月底", "截止", "结束", "涨价", "名额", "仅剩", "最后", "优惠期", "过期", "赶在", "之前", "只剩", "限时",
            "ends", "ending", "deadline", "last", "only", "until", "price increase", "limited", "slots", "expire*",
            "this month", "friday", "before", "lock in", "runs out",
        ],
        ["choice"] =
        [
            "还是", "或者", "哪一个", "哪个方案", "二选一",
            "or", "either", "which would", "which one", "prefer",
        ],
        ["assume"] =
        [
            "我就", "那我", "给您准备", "安排", "帮您", "先把", "抬头", "开票", "排期", "我这边就", "到时候", "那就",
            "i'll", "ill", "we'll", "let me set", "get you started", "i will", "book", "schedule", "pencil", "go ahead and",
            "so we", "then",
        ],
        ["negation"] =
        [
            "不", "没", "别", "未",
            "not", "no", "don't", "dont", "doesn't", "never", "isn't", "aren't", "can't", "won't",
        ],
    };
}
