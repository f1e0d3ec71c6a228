/** The reports' sense of time (`npm run report`): a month before `today`, and whole days since a date. */
export function reportDates(today: string) {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 30);
  return {
    monthAgo: date.toISOString().slice(0, 10),
    days: (from: string) =>
      Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
  };
}
