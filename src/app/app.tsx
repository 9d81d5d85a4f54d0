export function App() {
  return <h1>Lantern</h1>;
}
