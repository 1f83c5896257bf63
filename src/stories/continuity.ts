/**
 * Warnings that need the whole file: whether a story ends the way its neighbours do. A file whose
 * stories close with end markers or sign-offs (`(END)`, ` Reuter`) and holds one that does not
 * was most likely cut off; a lone line after an end marker is debris, not a story.
 */
import type { Story } from '../schema/story.js';

function closedByMarker(story: Story): boolean {
  return story.footer.endMarker !== null || story.footer.signOff !== null;
}

/** The first line of a story that is not ignored (blank or framing). */
function firstTextLine(story: Story): number {
  return story.layout.find((run) => run.part !== 'ignored')?.start ?? story.lines.start;
}

/** Adds `text-after-footer` and `unclosed-story` to the unframed stories of one file. */
export function checkContinuity(stories: readonly Story[]): void {
  const unframed = stories.filter((s) => s.transmission === null);
  const markersUsed = unframed.some(closedByMarker);
  stories.forEach((story, i) => {
    if (story.transmission !== null || closedByMarker(story)) return;
    const previous = stories[i - 1];
    if (previous && closedByMarker(previous) && story.dateline === null && story.body.length === 0) {
      story.warnings.push({
        code: 'text-after-footer',
        message: `stray text after the end of the story above (line ${previous.lines.end})`,
        line: firstTextLine(story),
      });
    } else if (markersUsed && stories.length > 1) {
      story.warnings.push({
        code: 'unclosed-story',
        message: 'story has no end marker or sign-off, unlike the other stories of the file',
        line: story.lines.end,
      });
    }
  });
}
