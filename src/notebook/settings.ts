/**
 * The `activationLab.*` settings the notebook needs, read in one place so every feature
 * agrees on defaults and on the display language.
 */
import * as vscode from 'vscode';

import { localeOf, type Locale } from './locale';

export type { Locale };

export interface EngineSettings {
  readonly timeLimitMs: number;
  readonly memoryMb: number;
}

const SECTION = 'activationLab';

/** `en` or `zh-cn`: the `activationLab.language` setting, or VS Code's display language when it is `auto`. */
export function displayLocale(): Locale {
  const chosen = vscode.workspace.getConfiguration(SECTION).get<string>('language', 'auto');
  if (chosen === 'en' || chosen === 'zh-cn') return chosen;
  return localeOf(vscode.env.language);
}

/** Significant digits for text output, clamped to what a double can show. */
export function precision(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('precision', 6);
  return Number.isFinite(value) ? Math.min(17, Math.max(1, Math.round(value))) : 6;
}

export function engineSettings(): EngineSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const seconds = config.get<number>('timeLimitSeconds', 10);
  const memory = config.get<number>('memoryLimitMb', 512);
  return {
    timeLimitMs: Math.round(1000 * (Number.isFinite(seconds) && seconds > 0 ? seconds : 10)),
    memoryMb: Math.round(Number.isFinite(memory) && memory >= 64 ? memory : 512),
  };
}

/**
 * True when a configuration change needs new engine processes: the memory cap is fixed when
 * a process starts. (The time limit is sent with every run, so changing it keeps the state.)
 */
export function affectsEngineProcess(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.memoryLimitMb`);
}
