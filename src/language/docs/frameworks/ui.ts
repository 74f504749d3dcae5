/** Headings and phrases of the framework cards and pitfall diagnostics, in both languages. */
import { n } from './types';

export const FRAMEWORK_UI = {
  isKit: n('This is `{0}` in Activation Lab.', '对应 Activation Lab 中的 `{0}`。'),
  unknownId: n('Which formula depends on `{0}`, which is not a literal here.', '用哪个公式取决于 `{0}`，而这里它不是字面量。'),
  checked: n('checked against {0}', '核对版本：{0}'),
  argument: n('argument', '参数'),
  inCode: n('in this code', '代码中的值'),
  frameworkDefault: n('default', '默认值'),
  notGiven: n('—', '—'),
  kitParam: n('kit parameter', '本工具参数'),
  conventions: n('In {0}', '{0} 的约定'),
  kinks: n('Derivative at the kinks in {0} (default arguments)', '{0} 在尖角处的导数（默认参数）'),
  kitSame: n('same as the kit', '与本工具相同'),
  kitDiffers: n('the kit: {0}', '本工具：{0}'),
  onBackend: n('{0} backend', '{0} 后端'),
  plotWith: n('f and f′ on [−6, 6] with {0}', 'f 与 f′（区间 [−6, 6]），参数 {0}'),
  variant: n('This framework computes a different formula than the kit’s `{0}`; the card below describes the kit’s.', '该框架计算的公式与本工具的 `{0}` 不同；下面的卡片描述的是本工具的函数。'),
  notDrawn: n('`{0}` has no counterpart among the kit’s parameters, so the curve below does not show it.', '`{0}` 在本工具的参数中没有对应项，所以下面的曲线没有体现它。'),
  openChapter: n('Open chapter {0}, which explains this', '打开讲解这一点的第 {0} 章'),
  unreadable: n('The call passes `*args`/`**kwargs`, so some arguments cannot be read.', '该调用传入了 `*args`/`**kwargs`，部分参数无法读取。'),
};
