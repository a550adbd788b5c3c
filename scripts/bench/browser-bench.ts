export async function browserFigures() { return []; }
