/**
 * The `forbidden` check: before any number is compared, the answer's usage (what its
 * definition reaches, see `language/usage.ts`) is read against what the prompt rules out.
 * The verdict names the forbidden thing and the learner's definitions that led to it.
 */
import { t, throughText } from './messages';
import type { ExerciseSpec, LocalisedText, Usage } from './types';

/** Why the answer breaks the exercise's rules, or undefined when it keeps them. */
export function forbiddenUse(spec: ExerciseSpec, usage: Usage): LocalisedText | undefined {
  for (const rule of spec.forbidden ?? []) {
    if ('name' in rule) {
      const via = usage.names.get(rule.name);
      if (via === undefined) continue;
      const how = throughText(via);
      return t(
        `This exercise asks you not to use \`${rule.name}\`, but your answer does${how.en}. Build it from the other functions instead.`,
        `本题要求不使用 \`${rule.name}\`，但你的答案用到了它${how['zh-cn']}。请改用其他函数来构造。`,
      );
    }
    if ('anyDerivative' in rule) {
      const first = usage.differentiated.entries().next();
      if (first.done === true) continue;
      const [name, via] = first.value;
      const how = throughText(via);
      return t(
        `This exercise asks you to work out the derivative by hand, without letting the kit differentiate, but your answer has it differentiate \`${name}\`${how.en} (with a prime, \`grad\`, \`jacobian\` or \`dparam\`).`,
        `本题要求你亲手推导导数，不让本工具求导，但你的答案让它对 \`${name}\` 求了导${how['zh-cn']}（用了撇号、\`grad\`、\`jacobian\` 或 \`dparam\`）。`,
      );
    }
    if ('derivativeOf' in rule) {
      const via = usage.differentiated.get(rule.derivativeOf);
      if (via === undefined) continue;
      const how = throughText(via);
      const name = rule.derivativeOf;
      return t(
        `This exercise asks you to work out the derivative yourself, without letting the kit differentiate \`${name}\` (with \`${name}'\`, \`jacobian\`, \`grad\` or a prime on a function that uses it), but your answer does${how.en}.`,
        `本题要求你自己推导导数，不让本工具对 \`${name}\` 求导（\`${name}'\`、\`jacobian\`、\`grad\`，或对用到它的函数加撇号），但你的答案这样做了${how['zh-cn']}。`,
      );
    }
    const call = usage.transformedCalls.get(rule.transformedCall);
    if (call === undefined) continue;
    const how = throughText(call.via);
    const name = rule.transformedCall;
    return t(
      `This exercise asks for \`${name}\` applied to the input itself, as in \`${name}(x)\`; your answer calls \`${call.text}\`${how.en}.`,
      `本题要求把 \`${name}\` 直接作用于输入本身，例如 \`${name}(x)\`；你的答案调用了 \`${call.text}\`${how['zh-cn']}。`,
    );
  }
  return undefined;
}
