// Harassing call patterns: relay calling (seed 003 车轮策略), calling non-stop or at night.
import { rx, scan, type LintRule } from './match';

export const harassmentRule: LintRule = {
  id: 'harassment',
  title: { 'zh-CN': '骚扰式催收', 'zh-TW': '騷擾式催收', en: 'Harassment' },
  severity: 'block',
  source: { kind: 'regulation', citation: '银保监规〔2022〕13号（禁止骚扰催收）; 培训材料004「每日频率受限」' },
  message: {
    'zh-CN': '轮番、不间断或深夜拨打的骚扰式催收',
    'zh-TW': '輪番、不間斷或深夜撥打的騷擾式催收',
    en: 'Relay, non-stop or late-night calling',
  },
  suggestion: {
    'zh-CN': '约定回访时间：“请问您什么时间方便？我们在约定时间再联系您。”',
    'zh-TW': '約定回訪時間：「請問您什麼時間方便？我們在約定時間再聯繫您。」',
    en: 'Agree a time: "When is a good time for you? We\'ll call you back then."',
  },
  find(ctx) {
    return scan(ctx, [
      {
        re: rx(
          '轮番(打|拨打|轰炸|给(你|您)打|催)|轮流(打|给(你|您)打|催)|打爆(你|您)?(的)?(电话|手机)|车轮战|电话轰炸|(天天|每天|一直|不停(地)?|反复)(给(你|您))?打~{0,3}(到|直到)(你|您)?(还|接|崩溃|受不了)|打到(你|您)(还钱|还款|接|崩溃|受不了)(为止)?|一天(打|拨)?(几十|上百|十几|[1-9]\\d+)(个|通|次)|24小时(不停|轮流)|半夜(给(你|您))?打|(一直|不停(地)?|轮着|轮流)~{0,4}打|每(小时|个小时|隔~{0,4}分钟)~{0,4}打|(凌晨|半夜|深夜)~{0,8}(打|联系)|(换|用)(不同|别)的?(号码|号)~{0,4}打|拉黑~{0,8}(换|继续)|一天~{0,6}(几十|上百|五十|[1-9]\\d)个?(电话|短信)|发(一百|几百|上百)条|(打|发)到天亮|晚上十一点以后|(早上|凌晨)[四五六]点~{0,6}打',
        ),
        tacticId: 'relay',
      },
      { re: /\bcall you (every hour|all day|all night|nonstop|non-stop|until you pay)\b|\bkeep calling (you )?until\b|\bday and night\b|\bat midnight\b|\bkeep ringing\b/, tacticId: 'relay' },
    ]);
  },
};
