/**
 * Warnings about how a story ends beside its neighbours. A lone line after an end marker is
 * debris, not a story (`text-after-footer`): that needs only the story before, so it is given as
 * stories are read. A file whose stories close with end markers or sign-offs (`(END)`,
 * ` Reuter`) and holds one that does not was most likely cut off (`unclosed-story`): that needs
 * the other stories of the file, which a stream gives later (UnclosedOnStream).
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
    if (openEnded(story) && !strayAfter(stories[i - 1], story)) warnUnclosed(story);
  });
}

function warnUnclosed(story: Story): void {
  story.warnings.push({
    code: 'unclosed-story',
    message: 'story has no end marker or sign-off, unlike the other stories of the file',
    line: story.lines.end,
  });
}

/**
 * `unclosed-story` on a stream, where the rest of the file is not known yet: open-ended stories
 * are held back until an unframed story closed by a marker shows that the file's stories close
 * with markers; then the held ones get the warning and go on, and so does each later open-ended
 * story at once. Stories are held only while no marker has been seen, so copy whose stories all
 * close passes straight through. So that memory stays bounded, held stories beyond `holdLines`
 * source lines go on without the warning (the whole-file parse would give it to them if a
 * marker came later).
 */
export class UnclosedOnStream {
  /** Stories held back, each with whether the warning is about it. */
  private held: { story: Story; unclosed: boolean }[] = [];
  private heldLines = 0;
  private markersSeen = false;
  /** The story pushed before, for the stray-text test the whole-file check makes too. */
  private previous: Story | undefined = undefined;

  constructor(private readonly holdLines = 10_000) {}

  /** Takes the next story; the stories that can go on are appended to `out`. */
  push(story: Story, out: Story[]): void {
    const previous = this.previous;
    this.previous = story;
    const unclosed = openEnded(story) && !strayAfter(previous, story);
    if (!this.markersSeen && story.transmission === null && closedByMarker(story)) {
      this.markersSeen = true;
      for (const held of this.held) if (held.unclosed) warnUnclosed(held.story);
      this.release(out);
    }
    if (this.markersSeen) {
      if (unclosed) warnUnclosed(story);
      out.push(story);
      return;
    }
    if (this.held.length === 0 && !unclosed) {
      out.push(story);
      return;
    }
    this.held.push({ story, unclosed });
    this.heldLines += story.lines.end - story.lines.start + 1;
    if (this.heldLines > this.holdLines) this.release(out);
  }

  /** The end of the stream: what is held goes on as it is (no marker came). */
  end(out: Story[]): void {
    this.release(out);
  }

  private release(out: Story[]): void {
    for (const held of this.held) out.push(held.story);
    this.held = [];
    this.heldLines = 0;
  }
}
