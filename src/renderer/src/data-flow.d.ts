/** What each channel reads or writes, from the contract at build time (scripts/data-flow.ts). */
declare module 'virtual:data-flow' {
  type Channel = import('../../shared/ipc/contract').Channel
  type DataSet = import('../../shared/ipc/dataSets').DataSet

  const dataFlow: Record<Channel, { reads?: readonly DataSet[]; writes?: readonly DataSet[] }>
  export default dataFlow
}
