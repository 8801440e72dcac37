import { graphql } from "$lib/graphql/generated";

/** A call as the journal, the order card and client activity show it. */
export const CallRowFragment = graphql(`
  fragment CallRow on Call {
    id
    direction
    status
    callerNumber
    calleeNumber
    clientNumber
    startedAt
    answeredAt
    durationSeconds
    employee {
      id
      fullName
    }
    recording {
      id
      url
      contentType
    }
    clients {
      client {
        id
        fullName
      }
    }
    orders {
      id
      number
      status
    }
  }
`);

export const CallsQuery = graphql(`
  query Calls(
    $first: Int
    $after: String
    $direction: CallDirection
    $missed: Boolean
    $from: DateTimeISO
    $to: DateTimeISO
    $employeeId: ID
    $linked: Boolean
    $search: String
  ) {
    calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {
      totalCount
      edges {
        cursor
        node {
          ...CallRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Employees a call may be routed to (the journal's «Сотрудник» filter). */
export const CallEmployeesQuery = graphql(`
  query CallEmployees {
    employees(first: 200, active: true) {
      nodes {
        id
        fullName
        extension
      }
    }
  }
`);

/** «Звонки» live: every change of the organization's calls. */
export const CallJournalChangedSubscription = graphql(`
  subscription CallJournalChanged {
    callJournalChanged {
      call {
        ...CallRow
      }
    }
  }
`);

/** The screen-pop: a call routed to me (or to nobody) rings or is answered. */
export const ScreenPopSubscription = graphql(`
  subscription ScreenPop {
    callChanged {
      call {
        id
        direction
        status
        clientNumber
        callerNumber
        startedAt
        orders {
          id
          number
        }
        clients {
          openOrders
          client {
            id
            fullName
            phone
            premises {
              premise {
                id
                number
                utilityBalance
                building {
                  id
                  address
                }
              }
            }
            orders(first: 20) {
              nodes {
                id
                number
                status
                service {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** «Создать обращение» from the screen-pop: the call's client with premises, to prefill the form. */
export const CallForNewOrderQuery = graphql(`
  query CallForNewOrder($id: ID!) {
    call(id: $id) {
      id
      direction
      clientNumber
      clients {
        client {
          ...ClientOption
        }
      }
    }
  }
`);

/** «Управление → Звонки» of an order. */
export const OrderCallsQuery = graphql(`
  query OrderCalls($id: ID!) {
    order(id: $id) {
      id
      calls {
        ...CallRow
      }
    }
  }
`);

/** «Привязать заявку»: the orders of the call's client(s) first. */
export const ClientOrdersForCallQuery = graphql(`
  query ClientOrdersForCall($id: ID!) {
    client(id: $id) {
      id
      orders(first: 20) {
        nodes {
          id
          number
          status
          service {
            id
            name
          }
        }
      }
    }
  }
`);

/** «Привязать заявку» by number: any order the dispatcher sees. */
export const OrderByNumberForCallQuery = graphql(`
  query OrderByNumberForCall($number: Int!) {
    orderByNumber(number: $number) {
      id
      number
      status
    }
  }
`);

export const CallOrderLinkMutation = graphql(`
  mutation CallOrderLink($callId: ID!, $orderId: ID!) {
    callOrderLink(callId: $callId, orderId: $orderId) {
      ...CallRow
    }
  }
`);

export const CallOrderUnlinkMutation = graphql(`
  mutation CallOrderUnlink($callId: ID!, $orderId: ID!) {
    callOrderUnlink(callId: $callId, orderId: $orderId) {
      ...CallRow
    }
  }
`);
