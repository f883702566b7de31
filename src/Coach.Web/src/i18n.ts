/** Every UI string in English and Chinese; the language follows the browser until the user picks one. */
const en = {
  appName: "SalesCoach",
  navLive: "Live", navReview: "Review", navPlaybook: "Playbook",
  switchLang: "中文", switchLangLabel: "切换到中文",
  signIn: "Sign in", signOut: "Sign out", userName: "Name", password: "Password",
  signInFailed: "Sign-in failed: the name or the password is wrong.", signInTooMany: "Too many tries; wait a minute.",
  signedInAs: "Signed in as", signInIntro: "Sign in to coach live calls, review calls and search the playbook.",
  startCall: "Start call", endCall: "End call", callTitle: "Call title", callLang: "Language", auto: "auto",
  chinese: "Chinese", english: "English", callStarted: "Call", noCall: "No call yet: start one, or replay a demo call.",
  speaker: "Speaker", customer: "Customer", rep: "Rep", lineText: "Line", lineHint: "Type what was said and press Enter",
  send: "Send", paste: "Paste transcript", pasteHint: "One line each: Name: text", repName: "Which name is the rep",
  sendLines: "Send lines", replayDemo: "Replay demo call", replayZh: "Replay Chinese demo", replayEn: "Replay English demo",
  stop: "Stop", transcript: "Transcript", suggestions: "Suggestions", noSuggestions: "Suggestions appear here as the call goes on.",
  callState: "Call state", stage: "Stage", unhandled: "Unhandled objections", signalsMissed: "Signals missed", none: "none",
  sending: "sending…", reconnecting: "Connection lost: reconnecting…", reconnected: "Reconnected; unsent lines were resent.",
  disconnected: "Disconnected. Reload the page to reconnect.", showSnippet: "Show playbook text", hideSnippet: "Hide",
  ended: "Call ended.", error: "Error",
  calls: "Calls", filterLabel: "Label", filterRep: "Rep", filterText: "Words", from: "From", to: "To", search: "Search",
  anyLabel: "any label", noCalls: "No calls match.", lines: "lines", back: "← All calls", scorecard: "Scorecard",
  talkRatio: "Talk ratio (rep : customer)", spinQuestions: "SPIN questions", objections: "Objections", raised: "raised", handled: "handled",
  spinStrip: "SPIN over the call", coachingPoints: "Coaching points", summary: "Summary", loadingSummary: "Writing the summary…",
  comments: "Comments", addComment: "Add a comment", commentPlaceholder: "Comment on this line", post: "Post",
  verdict_used: "used", verdict_dismissed: "dismissed", verdict_wrong: "wrong",
  correct: "Correct labels", saveLabels: "Save labels", cancel: "Cancel", corrected: "corrected", modelSaid: "model said",
  line: "line", longestMonologue: "Longest rep monologue (chars)", signalsCaught: "Signals caught", needs: "Needs", closes: "Closes",
  playbookSearch: "Search the playbook", query: "Situation or question (any language)", situation: "Situation", anySituation: "any situation",
  lang: "Language", anyLang: "any language", noResults: "No snippets found.", newSnippet: "New snippet", edit: "Edit", del: "Delete",
  save: "Save", id: "Id", title: "Title", text: "Text", keywords: "Keywords (comma separated)", situations: "Situations (comma separated)",
  stageField: "Stage", roleField: "Role", saved: "Saved.", deleted: "Deleted.", confirmDelete: "Delete this snippet?",
  loading: "Loading…", notAllowed: "You are not allowed to see this.",
};
export type Key = keyof typeof en;

const zh: Record<Key, string> = {
  appName: "销售教练",
  navLive: "实时", navReview: "复盘", navPlaybook: "话术库",
  switchLang: "English", switchLangLabel: "Switch to English",
  signIn: "登录", signOut: "退出", userName: "用户名", password: "密码",
  signInFailed: "登录失败：用户名或密码错误。", signInTooMany: "尝试次数过多，请稍等一分钟。",
  signedInAs: "当前用户", signInIntro: "登录后可实时辅导通话、复盘通话、搜索话术库。",
  startCall: "开始通话", endCall: "结束通话", callTitle: "通话标题", callLang: "语言", auto: "自动",
  chinese: "中文", english: "英文", callStarted: "通话", noCall: "还没有通话：开始一通，或回放演示通话。",
  speaker: "说话人", customer: "客户", rep: "销售", lineText: "内容", lineHint: "输入对话内容，按回车发送",
  send: "发送", paste: "粘贴逐字稿", pasteHint: "每行一句：姓名: 内容", repName: "哪个名字是销售",
  sendLines: "逐行发送", replayDemo: "回放演示通话", replayZh: "回放中文演示", replayEn: "回放英文演示",
  stop: "停止", transcript: "逐字稿", suggestions: "建议", noSuggestions: "通话进行中，建议会出现在这里。",
  callState: "通话状态", stage: "阶段", unhandled: "未处理的异议", signalsMissed: "错过的信号", none: "无",
  sending: "发送中…", reconnecting: "连接中断：正在重连…", reconnected: "已重新连接，未确认的内容已重发。",
  disconnected: "连接已断开，请刷新页面。", showSnippet: "查看话术原文", hideSnippet: "收起",
  ended: "通话已结束。", error: "错误",
  calls: "通话", filterLabel: "标签", filterRep: "销售", filterText: "关键词", from: "起", to: "止", search: "搜索",
  anyLabel: "全部标签", noCalls: "没有符合条件的通话。", lines: "句", back: "← 全部通话", scorecard: "评分卡",
  talkRatio: "说话占比（销售 : 客户）", spinQuestions: "SPIN 提问", objections: "异议", raised: "提出", handled: "已处理",
  spinStrip: "SPIN 提问分布", coachingPoints: "辅导要点", summary: "摘要", loadingSummary: "正在生成摘要…",
  comments: "评论", addComment: "添加评论", commentPlaceholder: "对这一句的评论", post: "发表",
  verdict_used: "已采用", verdict_dismissed: "已忽略", verdict_wrong: "判断有误",
  correct: "修正标签", saveLabels: "保存标签", cancel: "取消", corrected: "已修正", modelSaid: "模型原判",
  line: "第", longestMonologue: "销售最长独白（字）", signalsCaught: "抓住的信号", needs: "需求", closes: "促成",
  playbookSearch: "搜索话术库", query: "场景或问题（中英文均可）", situation: "场景", anySituation: "全部场景",
  lang: "语言", anyLang: "全部语言", noResults: "没有找到话术。", newSnippet: "新建话术", edit: "编辑", del: "删除",
  save: "保存", id: "编号", title: "标题", text: "正文", keywords: "关键词（逗号分隔）", situations: "场景（逗号分隔）",
  stageField: "阶段", roleField: "角色", saved: "已保存。", deleted: "已删除。", confirmDelete: "确定删除这条话术？",
  loading: "加载中…", notAllowed: "你没有权限查看。",
};

/** Label and task names shown on tags. */
const labelNames: Record<"en" | "zh", Record<string, string>> = {
  en: {
    need: "need", signal: "signal", objection: "objection", spin: "SPIN", close: "close",
    "spin.need_payoff": "need-payoff", "spin.other_question": "other question", "signal.price_inquiry": "price inquiry",
    "signal.next_step": "next step", Opening: "opening", Discovery: "discovery", Presentation: "presentation",
    ObjectionHandling: "objection handling", Closing: "closing",
  },
  zh: {
    need: "需求", signal: "信号", objection: "异议", spin: "SPIN", close: "促成",
    "need.explicit": "显性", "need.latent": "潜在", "need.false": "伪需求",
    "signal.price_inquiry": "问价", "signal.timeline": "问时间", "signal.implementation": "问实施", "signal.next_step": "推进",
    "signal.trial": "试用", "signal.reference": "要案例",
    "objection.price": "价格", "objection.timing": "时机", "objection.authority": "决策权", "objection.need": "无需求",
    "objection.trust": "信任", "objection.competitor": "竞品", "objection.feature": "功能",
    "spin.situation": "背景问题", "spin.problem": "难点问题", "spin.implication": "暗示问题", "spin.need_payoff": "需求效益问题",
    "spin.other_question": "其他提问", "close.bandwagon": "从众成交", "close.urgency": "压力成交", "close.alternative": "选择成交",
    "close.assumptive": "默认成交", Opening: "开场", Discovery: "挖掘需求", Presentation: "呈现价值", ObjectionHandling: "处理异议", Closing: "促成",
  },
};

export type Lang = "en" | "zh";
const stored = localStorage.getItem("coach.lang");
let current: Lang = stored === "zh" || stored === "en" ? stored : navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
const listeners: (() => void)[] = [];

export const lang = (): Lang => current;
export function t(key: Key): string {
  return (current === "zh" ? zh : en)[key];
}
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem("coach.lang", next);
  document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
  listeners.forEach((l) => l());
}
export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}
/** "objection" → 异议; "objection.price" → 价格; unknown names show as written, underscores as spaces. */
export function labelName(name: string): string {
  return labelNames[current][name] ?? labelNames.en[name] ?? (name.split(".").pop() ?? name).replace(/_/g, " ");
}
document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
