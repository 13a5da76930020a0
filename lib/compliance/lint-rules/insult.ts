// Insults and degrading labels aimed at the debtor.
import { rx, scan, type LintRule } from './match';

export const insultRule: LintRule = {
  id: 'insult',
  title: { 'zh-CN': '侮辱谩骂', 'zh-TW': '侮辱謾罵', en: 'Insult' },
  severity: 'block',
  source: { kind: 'regulation', citation: '银保监规〔2022〕13号（禁止侮辱催收）; 培训材料003/004「尊重债务人」' },
  message: {
    'zh-CN': '侮辱或贬低债务人的用语',
    'zh-TW': '侮辱或貶低債務人的用語',
    en: 'Insulting or degrading language about the debtor',
  },
  suggestion: {
    'zh-CN': '保持尊重：“我理解您的难处，我们一起看看怎么安排还款。”',
    'zh-TW': '保持尊重：「我理解您的難處，我們一起看看怎麼安排還款。」',
    en: 'Stay respectful: "I understand this is hard; let\'s see how we can arrange the repayment."',
  },
  find(ctx) {
    return scan(ctx, [
      {
        re: rx(
          '老赖|无赖|混蛋|王八蛋|畜生|废物|人渣|狗东西|狗娘养|贱(人|货)|犯贱|下贱|滚(蛋|开|出去|犊子)|给我滚|去死|傻(逼|b|x|子|瓜|帽)|(?<![a-z])sb(?![a-z])|脑残|白痴|蠢货|蠢猪|穷鬼|穷光蛋|死皮赖脸|丢人现眼|没出息|丢不丢人|蛀虫|寄生虫|吸血鬼|败类|毒瘤|渣滓|窝囊废|瘪三|龟儿子|败家子|赖皮狗|赖子|衰人|玩意儿?|算(个)?什么东西|还算(是)?(个)?(男人|女人|人)(吗|嘛|么)?|不是男人|脸皮(怎么|真|太|这么|真是)*厚|无耻|廉耻|鬼样子|德行|垃圾(?!短信|邮件|分类|桶|电话|费)',
        ),
      },
      { re: rx('骗子'), lawful: /防|谨防|小心|警惕|冒充|诈骗|提防|不法分子|假冒|怀疑|核实/ },
      // Rhetorical questions carry their own 没/不: "你还有没有点廉耻心", "你是不是脑子有病".
      { re: rx('(有没有|还有没有)(点|一点)?(廉耻|良心|脸)|脑子(有病|进水|坏了)'), negation: false },
      { re: rx('(臭)?不要脸|没脸没皮|不是人|不要(个)?脸') },
      { re: /\b(loser|idiot|stupid|deadbeat|scum(bag)?|moron|worthless|pathetic|liar|lowlife|dumbass|trash|parasite|freeload(er|ing)?|bum)\b|\bare you (even )?a man\b/ },
    ]);
  },
};
