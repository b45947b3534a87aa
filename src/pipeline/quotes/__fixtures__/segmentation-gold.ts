/**
 * Ten sentences of the seed (Simplified), segmented by hand (PKU-like: names and terms whole,
 * `强化 学习` as two words). Used to compare segmenters; scores on this set, word-level F1:
 * Intl.Segmenter (ICU) 0.825, with single-character runs joined (words.ts) 0.839,
 * jieba-wasm@2.4.0 0.877, segmentit@2.0.3 0.792.
 */
export const SEGMENTATION_GOLD: readonly string[] = [
  '我 觉得 有 两 个 大 的 感受 一 个 感受 是 to C 和 to B 明显 发生 了 分化 另 一 个 感受 就是 垂直 整合 这 条 路 以及 模型 和 应用 分层 这 条 路 也 开始 出现 了 分化',
  '大部分 人 大部分 时候 其实 不 需要 用到 这么 强 的 智能',
  '相反 Claude Code 可能 一 年 前 Coding 的 革命 还 没有 开始 但 现在 夸张 一点 说 已经 在 重塑 整个 计算机 行业 做事 的 方式 变成 人 不再 写 代码 而是 用 英语 和 电脑 去 交流',
  '很 明显 的 一点 就是 智能 越 高 很多 时候 就 代表 生产力 越 高 就 代表 你 可以 赚 的 钱 越 多 这些 东西 都 是 相关联 的',
  '我 觉得 腾讯 肯定 还是 一 个 To C 基因 更 强 的 公司 所以 我 觉得 我们 会 思考 怎么样 能够 让 今天 的 大 模型 或者 AI 的 发展 能够 给 用户 提供 更多 价值',
  '我们 的 瓶颈 可能 在 ToC 这 一 端 不 是 更 大 的 模型 或 更 强 的 强化 学习 很多 时候 可能 是 额外 的 context 文本 和 environment 场景',
  '自主 学习 几乎 已经 形成 了 一 个 共识 我 根据 我 的 观察 可能 每 个 人 对 这个 东西 的 定义 和 看法 都 不 一样',
  '我 觉得 其实 最 大 的 bottleneck 瓶颈 是 想象力 就是 说 假设 有 一 天 就 我们 可以 很 容易 想象 比如 说 强化 学习 或者 推理 这个 范式 它 如果 实现 大概 是 什么样 的',
  '起码 美国 的 很多 人 会 愿意 花 那个 溢价 去 用 最 好 的 模型 一 个 非常 强 的 模型 可能 10 个 任务 里 八九 个 就 直接 做 对 了 而 差 的 模型 可能 只 做 对 五六 个',
  '很 明显 的 chatgpt 它 是 在 利用 这个 用户 数据 在 不断 的 拟合 人 的 这个 聊天 的 风格 使 聊天 的 感觉 越来越 好',
];
