import { graphql } from "$lib/graphql/generated";

/** «Заявка № N» in the palette: the order the viewer may open with that number. */
export const PaletteOrderQuery = graphql(`
  query PaletteOrder($number: Int!) {
    orderByNumber(number: $number) {
      id
      number
      status
      service {
        id
        name
      }
      building {
        id
        address
      }
      premise {
        id
        number
      }
    }
  }
`);

/** Clients by name or phone (the same search as «Клиенты»), the first few. */
export const PaletteClientsQuery = graphql(`
  query PaletteClients($search: String!, $first: Int!) {
    clients(search: $search, first: $first) {
      nodes {
        id
        fullName
        phone
      }
    }
  }
`);
