// Conversation-shaped areas that are not the live call: an audit log of who did what, a contact list,
// the case header. Each holds "客户" / "坐席" words; none is read as the transcript.
import { describe, expect, it } from 'vitest';
import { findTranscript } from '@/lib/live/transcript/find';

const LIVE = '<div class="live"><p>坐席：您好，本次通话将被录音，请问是张伟先生吗？</p><p>客户：是我，有什么事？</p></div>';

describe('distractors shaped like a conversation', () => {
  it.each([
    ['an audit log', '<div class="card"><h4>操作日志</h4><ul><li>坐席：王琳 修改了承诺金额为 2000 元</li><li>客户：张伟 已通过手机银行还款 500 元</li><li>坐席：王琳 登记了下次跟进时间</li></ul></div>'],
    ['an audit log by class', '<ul class="audit-list"><li>坐席：王琳 修改了承诺金额为 2000 元</li><li>客户：张伟 已通过手机银行还款 500 元</li></ul>'],
    ['a contact list', '<ul class="contacts"><li>本人：138****5678（常用）</li><li>配偶：139****1234</li><li>单位：0755-8888****</li></ul>'],
    ['the case header', '<div class="case-header"><span>客户：张伟</span><span>坐席：王琳</span><span>案件编号：CS-2026-004817</span></div>'],
    ['a help chatbot', '<div class="kefu-robot" aria-label="智能客服"><div class="msg left">客户：你好</div><div class="msg right">坐席：您好，请问有什么可以帮您？</div></div>'],
  ])('refuses %s, and still finds the live call beside it', (_, html) => {
    document.body.innerHTML = html;
    expect(findTranscript(document)).toBeNull();
    document.body.insertAdjacentHTML('beforeend', LIVE);
    expect(findTranscript(document)?.container.className).toBe('live');
    document.body.innerHTML = '';
  });
});
