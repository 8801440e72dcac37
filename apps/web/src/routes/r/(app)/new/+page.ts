// The resident (and their premises) come from the resident app's layout.
export async function load({ parent }) {
  const { me } = await parent();
  return { me };
}
