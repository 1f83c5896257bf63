/**
 * Warnings about how a story ends beside its neighbours. A lone line after an end marker is
 * debris, not a story (`text-after-footer`): that needs only the story before, so it is given as
 * stories are read, on a stream too. A file whose stories close with end markers or sign-offs
 * (`(END)`, ` Reuter`) and holds one that does not was most likely cut off (`unclosed-story`):
 * that needs the whole file, so the stream does not give it.
 */
import type { Story, StoryWarning } from '../schema/story.js';

function closedByMarker(story: Story): boolean {
  return story.footer.endMarker !== null || story.footer.signOff !== null;
}

/** The first line of a story that is not ignored (blank or framing). */
function firstTextLine(story: Story): number {
  return story.layout.find((run) => run.part !== 'ignored')?.start ?? story.lines.start;
}

/** Unframed stories that do not end with a marker of their own are the ones these warnings are about. */
function openEnded(story: Story): boolean {
  return story.transmission === null && !closedByMarker(story);
}

/** Whether `story` is stray text after the end of `previous`. */
function strayAfter(previous: Story | undefined, story: Story): boolean {
  return previous !== undefined && openEnded(story) && closedByMarker(previous) && story.dateline === null && story.body.length === 0;
}

/** Adds `text-after-footer` to `story` when it is stray text after `previous` (the story before it). */
export function checkStray(previous: Story | undefined, story: Story): void {
  if (!strayAfter(previous, story)) return;
  story.warnings.push({
    code: 'text-after-footer',
    message: `stray text after the end of the story above (line ${previous!.lines.end})`,
    line: firstTextLine(story),
  } satisfies StoryWarning);
}

/** Adds `unclosed-story` to the open-ended stories of one file (stray text aside) when others close with markers. */
export function checkUnclosed(stories: readonly Story[]): void {
  if (stories.length < 2 || !stories.some((s) => s.transmission === null && closedByMarker(s))) return;
  stories.forEach((story, i) => {
    if (!openEnded(story) || strayAfter(stories[i - 1], story)) return;
    story.warnings.push({
      code: 'unclosed-story',
      message: 'story has no end marker or sign-off, unlike the other stories of the file',
      line: story.lines.end,
    });
  });
}
