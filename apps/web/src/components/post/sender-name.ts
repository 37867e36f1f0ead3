/** The sender as SvarUt names it, with the municipality in front when the name does not say it. */
export function senderName(avsender: string, kommune: string): string {
  return avsender.includes(kommune) ? avsender : `${kommune}, ${avsender}`;
}
