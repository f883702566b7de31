/** Two built-in demo calls for "replay demo call": [speaker, text]. */
export type DemoLine = [speaker: "customer" | "rep", text: string];

export const DEMO_ZH: DemoLine[] = [
  ["rep", "王总您好，我是云账通的小李，感谢您抽时间。"],
  ["customer", "你好，我们大概有二十分钟。"],
  ["rep", "你们现在财务部有几个人在做对账？"],
  ["customer", "五个人，每到月底财务都要加两三天班对账。"],
  ["rep", "对账拖延的时候，对你们的业务会有什么影响？"],
  ["customer", "供应商的款经常付晚，上个月还被罚了滞纳金。"],
  ["rep", "如果对账能当天完成，对你们意味着什么？"],
  ["customer", "你们的价格太贵了，比我们预算高一倍。"],
  ["rep", "理解您的顾虑，您是和哪一家在比较呢？我们按节省的工时算过，一般半年就能回本。"],
  ["customer", "我们的老数据能迁移过来吗？"],
  ["rep", "可以，同区域的三家连锁店上个月都签了，数据都是我们帮忙迁移的。"],
  ["customer", "那你先把合同模板发给我看看。"],
];

export const DEMO_EN: DemoLine[] = [
  ["rep", "Hi Dana, thanks for making time today."],
  ["customer", "Sure, we have about twenty minutes."],
  ["rep", "How many people on your team process supplier invoices today?"],
  ["customer", "Five clerks, and month-end close takes us almost a full week."],
  ["rep", "What happens when the close slips past the deadline?"],
  ["customer", "We pay suppliers late and last quarter we lost an early-payment discount."],
  ["rep", "How would it help if invoices were matched the day they arrive?"],
  ["customer", "Honestly, your price is much higher than what we budgeted."],
  ["rep", "I understand. What are you comparing it against? Most teams your size recover the cost within six months."],
  ["customer", "If we went ahead, how soon could we be up and running?"],
  ["rep", "Would you rather start with the accounts payable team or roll out to all regions at once?"],
  ["customer", "Send over the paperwork and I'll take it to procurement."],
];

/** "Name: text" lines (ASCII or full-width colon) → [name, text]; other lines are skipped. */
export function parseTranscript(text: string): [string, string][] {
  const lines: [string, string][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*([^:：]{1,40})[:：]\s*(.+)$/.exec(raw);
    if (m) lines.push([m[1].trim(), m[2].trim()]);
  }
  return lines;
}
