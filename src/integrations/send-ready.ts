import type { AstroIntegration } from 'astro';
import { editorsMailbox, exampleSite, placeholderMailbox } from '../lib/site.ts';

/**
 * A build makes the newsletter's emails to send (dist/newsletters/<issue>/<lang>.eml) and the
 * share page's mailbox: built with the example address or the placeholder mailbox, they would
 * send readers to the example site and replies to nobody. Such a build says so, one line each
 * (deploy.yml passes both settings; a local build takes SITE_URL and KB_EDITORS_EMAIL).
 */
export function sendReady(): AstroIntegration {
  return {
    name: 'kb:send-ready',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        for (const line of sendReadyWarnings(new URL(config.base, config.site), editorsMailbox)) logger.warn(line);
      },
    },
  };
}

/** The warnings for a build of the site at `site` with the editors' mailbox `mailbox`. */
export function sendReadyWarnings(site: URL, mailbox: string): string[] {
  const warnings: string[] = [];
  if (site.hostname === new URL(exampleSite).hostname)
    warnings.push(
      `the site's address is the example ${site.href}: every link in the newsletter emails (dist/newsletters/) and feeds goes there; set SITE_URL to the site's public address before sending a newsletter (deploy.yml takes it from the Pages settings)`,
    );
  if (mailbox === placeholderMailbox)
    warnings.push(
      `KB_EDITORS_EMAIL is not set: the share page and the newsletter emails (From, Reply-To) give the placeholder ${placeholderMailbox}; set KB_EDITORS_EMAIL to the editors' functional mailbox (for deploy.yml: a repository variable of that name)`,
    );
  return warnings;
}
