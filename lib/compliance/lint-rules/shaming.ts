// Public shaming: exposure, blacklists, posting online, messaging the contact list, making an example.
import { rx, scan, type LintRule } from './match';

export const shamingRule: LintRule = {
  id: 'shaming',
  title: { 'zh-CN': '曝光羞辱', 'zh-TW': '曝光羞辱', en: 'Public shaming' },
  severity: 'block',
  source: { kind: 'regulation', citation: '《民法典》人格权编（名誉权、隐私权）; 《个人信息保护法》; 银保监规〔2022〕13号' },
  message: {
    'zh-CN': '以曝光、公布“黑名单”、爆通讯录等方式羞辱施压',
    'zh-TW': '以曝光、公佈「黑名單」、爆通訊錄等方式羞辱施壓',
    en: 'Shaming by exposure, a "blacklist", posting online or messaging the contact list',
  },
  suggestion: {
    'zh-CN': '说明真实后果：“逾期信息可能按合同约定报送征信，建议您尽快处理。”',
    'zh-TW': '說明真實後果：「逾期資訊可能按合約約定報送徵信，建議您盡快處理。」',
    en: 'State the real consequence: "Late payments may be reported to the credit bureau as the contract provides."',
  },
  find(ctx) {
    return scan(ctx, [
      { re: rx('曝光|公之于众|社死|社会性死亡|游街|拉横幅|大字报|发传单') },
      { re: rx('(黑名单|失信名单|老赖名单|不良名单)'), tacticId: 'public-blacklist' },
      { re: rx('(公开|公布|张贴)(你|您)(的)?~{0,4}(信息|身份|欠款|照片|名字|姓名|欠债|债务|丑事)|(公开|公布|张贴)(欠款|欠债|老赖)?(名单|照片)'), tacticId: 'public-blacklist' },
      { re: rx('(挂|贴|发|晒|传)(到|在|上)?(网上|墙上|朋友圈|微信群|群里|抖音|快手|微博|公告栏|小区门口|村口|单位门口)') },
      { re: rx('(爆|打爆|群发|发给|通知|联系)(你|您)?(的)?(通讯录|微信好友|所有好友|全部联系人)|通讯录(里)?(的)?(所有人|人|好友|联系人|朋友)'), tacticId: 'pressure-third-parties' },
      { re: rx('让(你|您)~{0,6}(抬不起头|没脸|丢人|出名|颜面扫地|身败名裂)|让(大家|所有人|全世界|全村|邻居们?)(都)?(知道|看看)') },
      { re: rx('杀一儆百|杀鸡儆猴|拿(你|您)开刀|(做|当)(个)?(反面)?典型'), tacticId: 'kill-one-warn-hundred' },
      // Posters in the village, a word to HR, the family or school chat group.
      { re: rx('(村口|村里|村委会?|小区|社区|单位|公司|镇上|食堂|楼道|家门口|门口)~{0,8}(贴|张贴|拉横幅|广播|大喇叭|发单子|发传单)|(贴|张贴|印)~{0,8}(告示|海报|传单|纸条|公告|单子)|大喇叭') },
      { re: rx('(给|跟|向|通知|联系|告诉|找|让)(你|您)?(们)?(的)?(公司|单位)?(的)?(hr|人事|人力资源|人资)'), tacticId: 'pressure-third-parties' },
      { re: rx('(家族群|同学群|家长群|公司群|工作群|业主群|亲戚群|群里|群组)~{0,8}(发|公布|说|传)|(挨家挨户|到处)(问|说|宣传)|(都会|全都|都)(传开|知道(你|您)是)|整栋楼的人|全村人') },
      {
        re: /\b(post|publish|share|put)\b[^.!?]{0,25}\b(online|on social media|on facebook|on the internet|in the newspaper)\b|\bblack ?list(ed)?\b|\bpublicly shame\b|\bshame you\b|\btell everyone\b|\bexpose you\b|\bwall of shame\b/,
      },
    ]);
  },
};
