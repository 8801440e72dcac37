import { graphql } from "$lib/graphql/generated";

export const DashboardQuery = graphql(`
  query Dashboard($input: DashboardInput) {
    dashboard(input: $input) {
      from
      to
      timeZone
      statusCounts {
        status
        count
      }
      daily {
        day
        created
        done
      }
      slaByService {
        ...DashboardSlaRow
      }
      slaByDepartment {
        ...DashboardSlaRow
      }
      averageReactionMinutes
      reactionSamples
      averageExecutionMinutes
      executionSamples
      ratings {
        counts
        total
        average
      }
      workload {
        openOrders
        workload
        employee {
          id
          fullName
        }
      }
    }
  }
`);

export const DashboardSlaRowFragment = graphql(`
  fragment DashboardSlaRow on DashboardSla {
    id
    name
    reactionKept
    reactionDecided
    reactionKeptPercent
    executionKept
    executionDecided
    executionKeptPercent
  }
`);

export const DashboardDepartmentsQuery = graphql(`
  query DashboardDepartments {
    departments(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
