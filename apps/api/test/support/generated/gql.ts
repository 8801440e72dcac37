/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation FactoryOrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n": typeof types.FactoryOrderCreateDocument,
    "\n  mutation FactoryResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n": typeof types.FactoryResidentOrderCreateDocument,
    "\n  mutation FactoryEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.FactoryEmployeeCreateDocument,
    "\n  fragment BuildingListItem on Building {\n    id\n    address\n    version\n    archivedAt\n    premisesCount\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n": typeof types.BuildingListItemFragmentDoc,
    "\n  query Buildings($search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    buildings(search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BuildingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingsDocument,
    "\n  query BuildingAdmin($id: ID!) {\n    building(id: $id) {\n      ...BuildingListItem\n    }\n  }\n": typeof types.BuildingAdminDocument,
    "\n  query BuildingFormOptions {\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n    legalEntities {\n      id\n      name\n    }\n  }\n": typeof types.BuildingFormOptionsDocument,
    "\n  mutation BuildingCreate($input: BuildingCreateInput!) {\n    buildingCreate(input: $input) {\n      ...BuildingListItem\n    }\n  }\n": typeof types.BuildingCreateDocument,
    "\n  mutation BuildingUpdate($id: ID!, $input: BuildingUpdateInput!) {\n    buildingUpdate(id: $id, input: $input) {\n      ...BuildingListItem\n    }\n  }\n": typeof types.BuildingUpdateDocument,
    "\n  fragment PremiseListItem on Premise {\n    id\n    number\n    version\n    archivedAt\n    personalAccount\n    tags\n    note\n  }\n": typeof types.PremiseListItemFragmentDoc,
    "\n  query BuildingPremisesAdmin($buildingId: ID!, $search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PremiseListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingPremisesAdminDocument,
    "\n  mutation PremiseCreate($input: PremiseCreateInput!) {\n    premiseCreate(input: $input) {\n      ...PremiseListItem\n    }\n  }\n": typeof types.PremiseCreateDocument,
    "\n  mutation PremiseUpdate($id: ID!, $input: PremiseUpdateInput!) {\n    premiseUpdate(id: $id, input: $input) {\n      ...PremiseListItem\n    }\n  }\n": typeof types.PremiseUpdateDocument,
    "\n  mutation PremisesImportPreview($fileId: ID!, $buildingId: ID) {\n    premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {\n      fileId\n      fileName\n      totalRows\n      errorRows\n      createCount\n      updateCount\n      unchangedCount\n      rows {\n        rowNumber\n        buildingAddress\n        number\n        personalAccount\n        tags\n        note\n        action\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.PremisesImportPreviewDocument,
    "\n  mutation PremisesImportApply($fileId: ID!, $buildingId: ID, $skipInvalidRows: Boolean) {\n    premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skipInvalidRows) {\n      created\n      updated\n      unchanged\n      skipped\n    }\n  }\n": typeof types.PremisesImportApplyDocument,
    "\n  mutation PremisesExport($buildingId: ID, $format: PremisesExportFormat) {\n    premisesExport(buildingId: $buildingId, format: $format) {\n      id\n      fileName\n      url\n    }\n  }\n": typeof types.PremisesExportDocument,
    "\n  fragment CallRow on Call {\n    id\n    direction\n    status\n    callerNumber\n    calleeNumber\n    clientNumber\n    startedAt\n    answeredAt\n    durationSeconds\n    employee {\n      id\n      fullName\n    }\n    recording {\n      id\n      url\n      contentType\n    }\n    clients {\n      client {\n        id\n        fullName\n      }\n    }\n    orders {\n      id\n      number\n      status\n    }\n  }\n": typeof types.CallRowFragmentDoc,
    "\n  query Calls(\n    $first: Int\n    $after: String\n    $direction: CallDirection\n    $missed: Boolean\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $employeeId: ID\n    $linked: Boolean\n    $search: String\n  ) {\n    calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  query CallEmployees {\n    employees(first: 200, active: true) {\n      nodes {\n        id\n        fullName\n        extension\n      }\n    }\n  }\n": typeof types.CallEmployeesDocument,
    "\n  subscription CallJournalChanged {\n    callJournalChanged {\n      call {\n        ...CallRow\n      }\n    }\n  }\n": typeof types.CallJournalChangedDocument,
    "\n  subscription ScreenPop {\n    callChanged {\n      call {\n        id\n        direction\n        status\n        clientNumber\n        callerNumber\n        startedAt\n        orders {\n          id\n          number\n        }\n        clients {\n          openOrders\n          client {\n            id\n            fullName\n            phone\n            premises {\n              premise {\n                id\n                number\n                utilityBalance\n                building {\n                  id\n                  address\n                }\n              }\n            }\n            orders(first: 20) {\n              nodes {\n                id\n                number\n                status\n                service {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScreenPopDocument,
    "\n  query CallForNewOrder($id: ID!) {\n    call(id: $id) {\n      id\n      direction\n      clientNumber\n      clients {\n        client {\n          ...ClientOption\n        }\n      }\n    }\n  }\n": typeof types.CallForNewOrderDocument,
    "\n  query OrderCalls($id: ID!) {\n    order(id: $id) {\n      id\n      calls {\n        ...CallRow\n      }\n    }\n  }\n": typeof types.OrderCallsDocument,
    "\n  query ClientOrdersForCall($id: ID!) {\n    client(id: $id) {\n      id\n      orders(first: 20) {\n        nodes {\n          id\n          number\n          status\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientOrdersForCallDocument,
    "\n  query OrderByNumberForCall($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.OrderByNumberForCallDocument,
    "\n  mutation CallOrderLink($callId: ID!, $orderId: ID!) {\n    callOrderLink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n": typeof types.CallOrderLinkDocument,
    "\n  mutation CallOrderUnlink($callId: ID!, $orderId: ID!) {\n    callOrderUnlink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n": typeof types.CallOrderUnlinkDocument,
    "\n  fragment ChatMessageItem on ChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.ChatMessageItemFragmentDoc,
    "\n  fragment ScheduledMessageItem on ScheduledMessage {\n    id\n    orderId\n    text\n    sendAt\n    author {\n      id\n      fullName\n    }\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n": typeof types.ScheduledMessageItemFragmentDoc,
    "\n  query OrderChat($id: ID!) {\n    order(id: $id) {\n      id\n      chatAvailable\n      chatUnreadCount\n      chatMessages {\n        ...ChatMessageItem\n      }\n      scheduledMessages {\n        ...ScheduledMessageItem\n      }\n    }\n  }\n": typeof types.OrderChatDocument,
    "\n  mutation ChatMessageSend($orderId: ID!, $text: String, $fileId: ID) {\n    chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) {\n      ...ChatMessageItem\n    }\n  }\n": typeof types.ChatMessageSendDocument,
    "\n  mutation ChatMessageEdit($id: ID!, $text: String!) {\n    chatMessageEdit(id: $id, text: $text) {\n      ...ChatMessageItem\n    }\n  }\n": typeof types.ChatMessageEditDocument,
    "\n  mutation ChatMessageDelete($id: ID!) {\n    chatMessageDelete(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n": typeof types.ChatMessageDeleteDocument,
    "\n  mutation ChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    chatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n": typeof types.ChatMarkReadDocument,
    "\n  subscription ChatMessageChanged($orderId: ID!) {\n    chatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ChatMessageItem\n      }\n    }\n  }\n": typeof types.ChatMessageChangedDocument,
    "\n  mutation ScheduledMessageCreate($orderId: ID!, $text: String, $fileId: ID, $sendAt: DateTimeISO!) {\n    scheduledMessageCreate(orderId: $orderId, text: $text, fileId: $fileId, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n": typeof types.ScheduledMessageCreateDocument,
    "\n  mutation ScheduledMessageSendNow($id: ID!) {\n    scheduledMessageSendNow(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n": typeof types.ScheduledMessageSendNowDocument,
    "\n  mutation ScheduledMessageReschedule($id: ID!, $sendAt: DateTimeISO!) {\n    scheduledMessageReschedule(id: $id, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n": typeof types.ScheduledMessageRescheduleDocument,
    "\n  mutation ScheduledMessageDelete($id: ID!) {\n    scheduledMessageDelete(id: $id)\n  }\n": typeof types.ScheduledMessageDeleteDocument,
    "\n  fragment ReplyTemplateItem on ReplyTemplate {\n    id\n    title\n    text\n    updatedAt\n  }\n": typeof types.ReplyTemplateItemFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateItem\n    }\n  }\n": typeof types.ReplyTemplatesDocument,
    "\n  query RenderedReplyTemplates($orderId: ID!) {\n    replyTemplates {\n      id\n      title\n      rendered(orderId: $orderId)\n    }\n  }\n": typeof types.RenderedReplyTemplatesDocument,
    "\n  mutation ReplyTemplateCreate($input: ReplyTemplateInput!) {\n    replyTemplateCreate(input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n": typeof types.ReplyTemplateCreateDocument,
    "\n  mutation ReplyTemplateUpdate($id: ID!, $input: ReplyTemplateUpdateInput!) {\n    replyTemplateUpdate(id: $id, input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n": typeof types.ReplyTemplateUpdateDocument,
    "\n  mutation ReplyTemplateDelete($id: ID!) {\n    replyTemplateDelete(id: $id)\n  }\n": typeof types.ReplyTemplateDeleteDocument,
    "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    kind\n    occurredAt\n    title\n    details\n    amount\n    order {\n      id\n      number\n      status\n    }\n    call {\n      id\n      recording {\n        id\n        url\n      }\n    }\n  }\n": typeof types.ClientActivityEntryFragmentDoc,
    "\n  query ClientActivity($clientId: ID!, $orderId: ID, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      activity(orderId: $orderId, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ClientActivityDocument,
    "\n  query ClientOrders($clientId: ID!, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ClientOrdersDocument,
    "\n  subscription ClientChanged($id: ID) {\n    clientUpdated(id: $id) {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientChangedDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n": typeof types.ClientListItemFragmentDoc,
    "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n": typeof types.ClientDetailsFragmentDoc,
    "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientDocument,
    "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientUpdatedDocument,
    "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n": typeof types.ClientUpdateDocument,
    "\n  query Dashboard($input: DashboardInput) {\n    dashboard(input: $input) {\n      from\n      to\n      timeZone\n      statusCounts {\n        status\n        count\n      }\n      daily {\n        day\n        created\n        done\n      }\n      slaByService {\n        ...DashboardSlaRow\n      }\n      slaByDepartment {\n        ...DashboardSlaRow\n      }\n      averageReactionMinutes\n      reactionSamples\n      averageExecutionMinutes\n      executionSamples\n      ratings {\n        counts\n        total\n        average\n      }\n      workload {\n        openOrders\n        workload\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DashboardSlaRow on DashboardSla {\n    id\n    name\n    reactionKept\n    reactionDecided\n    reactionKeptPercent\n    executionKept\n    executionDecided\n    executionKeptPercent\n  }\n": typeof types.DashboardSlaRowFragmentDoc,
    "\n  query DashboardDepartments {\n    departments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DashboardDepartmentsDocument,
    "\n  fragment DepartmentMember on Employee {\n    id\n    fullName\n    position\n    active\n  }\n": typeof types.DepartmentMemberFragmentDoc,
    "\n  fragment DepartmentDetails on Department {\n    id\n    name\n    version\n    employees {\n      ...DepartmentMember\n    }\n  }\n": typeof types.DepartmentDetailsFragmentDoc,
    "\n  query Departments($search: String, $first: Int, $after: String) {\n    departments(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DepartmentDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentDetails\n    }\n  }\n": typeof types.DepartmentDocument,
    "\n  query DepartmentMemberOptions($search: String) {\n    employees(search: $search, first: 20) {\n      edges {\n        node {\n          ...DepartmentMember\n        }\n      }\n    }\n  }\n": typeof types.DepartmentMemberOptionsDocument,
    "\n  mutation DepartmentCreate($input: DepartmentCreateInput!) {\n    departmentCreate(input: $input) {\n      ...DepartmentDetails\n    }\n  }\n": typeof types.DepartmentCreateDocument,
    "\n  mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n    departmentUpdate(id: $id, input: $input) {\n      ...DepartmentDetails\n    }\n  }\n": typeof types.DepartmentUpdateDocument,
    "\n  subscription DirectoryChanged($kinds: [DirectoryKind!]) {\n    directoryChanged(kinds: $kinds) {\n      kind\n      action\n      ids\n    }\n  }\n": typeof types.DirectoryChangedDocument,
    "\n  mutation BuildingDelete($id: ID!) {\n    buildingDelete(id: $id)\n  }\n": typeof types.BuildingDeleteDocument,
    "\n  mutation PremiseDelete($id: ID!) {\n    premiseDelete(id: $id)\n  }\n": typeof types.PremiseDeleteDocument,
    "\n  mutation QuarterDelete($id: ID!) {\n    quarterDelete(id: $id)\n  }\n": typeof types.QuarterDeleteDocument,
    "\n  mutation ObjectGroupDelete($id: ID!) {\n    objectGroupDelete(id: $id)\n  }\n": typeof types.ObjectGroupDeleteDocument,
    "\n  mutation LegalEntityDelete($id: ID!) {\n    legalEntityDelete(id: $id)\n  }\n": typeof types.LegalEntityDeleteDocument,
    "\n  mutation DepartmentDelete($id: ID!) {\n    departmentDelete(id: $id)\n  }\n": typeof types.DepartmentDeleteDocument,
    "\n  mutation RoleDelete($id: ID!) {\n    roleDelete(id: $id)\n  }\n": typeof types.RoleDeleteDocument,
    "\n  mutation BuildingArchive($id: ID!, $archived: Boolean!) {\n    buildingArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.BuildingArchiveDocument,
    "\n  mutation PremiseArchive($id: ID!, $archived: Boolean!) {\n    premiseArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.PremiseArchiveDocument,
    "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    extension\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.EmployeeListItemFragmentDoc,
    "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EmployeeFormOptionsDocument,
    "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeUpdateDocument,
    "\n  mutation EmployeeExtensionSet($id: ID!, $extension: String) {\n    employeeExtensionSet(id: $id, extension: $extension) {\n      ...EmployeeListItem\n    }\n  }\n": typeof types.EmployeeExtensionSetDocument,
    "\n  fragment FieldOrderCard on Order {\n    ...OrderListItem\n    description\n    statusComment\n    allowedStatuses\n    documentCount\n    formAnswers {\n      key\n      label\n      value\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n    documents {\n      id\n      file {\n        id\n        url\n        fileName\n        contentType\n      }\n    }\n  }\n": typeof types.FieldOrderCardFragmentDoc,
    "\n  query FieldOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      ...FieldOrderCard\n    }\n  }\n": typeof types.FieldOrderDocument,
    "\n  subscription FieldOrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...FieldOrderCard\n    }\n  }\n": typeof types.FieldOrderUpdatedDocument,
    "\n  mutation FieldOrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n": typeof types.FieldOrderManageDocument,
    "\n  mutation FieldChecklistItemSet($input: OrderChecklistItemSetInput!) {\n    orderChecklistItemSet(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n": typeof types.FieldChecklistItemSetDocument,
    "\n  mutation FieldOrderDocumentAdd($orderId: ID!, $fileId: ID!, $idempotencyKey: String) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": typeof types.FieldOrderDocumentAddDocument,
    "\n  fragment StoredFileItem on StoredFile {\n    id\n    fileName\n    contentType\n    size\n    url\n    createdAt\n  }\n": typeof types.StoredFileItemFragmentDoc,
    "\n  query OrderDocuments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      documentCount\n      documents {\n        id\n        createdAt\n        file {\n          ...StoredFileItem\n        }\n        uploadedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.OrderDocumentsDocument,
    "\n  mutation OrderDocumentAdd($orderId: ID!, $fileId: ID!) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId) {\n      id\n    }\n  }\n": typeof types.OrderDocumentAddDocument,
    "\n  mutation OrderDocumentDelete($id: ID!) {\n    orderDocumentDelete(id: $id) {\n      id\n      revision\n      documentCount\n    }\n  }\n": typeof types.OrderDocumentDeleteDocument,
    "\n  fragment IncidentListItem on Incident {\n    id\n    number\n    title\n    status\n    updatedAt\n    plannedEndAt\n    orderCount\n    openOrderCount\n    service {\n      id\n      name\n    }\n    responsible {\n      id\n      fullName\n    }\n    scope {\n      building {\n        id\n        address\n      }\n    }\n  }\n": typeof types.IncidentListItemFragmentDoc,
    "\n  query Incidents($statuses: [IncidentStatus!], $search: String, $first: Int, $after: String) {\n    incidents(statuses: $statuses, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...IncidentListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    incidentCounts(search: $search) {\n      status\n      count\n    }\n  }\n": typeof types.IncidentsDocument,
    "\n  query IncidentCard($id: ID!) {\n    incident(id: $id) {\n      ...IncidentListItem\n      description\n      statusComment\n      version\n      plannedStartAt\n      createdAt\n      closedAt\n      allowedStatuses\n      open\n      department {\n        id\n        name\n      }\n      scope {\n        building {\n          id\n          address\n        }\n        premises {\n          id\n          number\n        }\n      }\n      orders(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          status\n          building {\n            id\n            address\n          }\n          premise {\n            id\n            number\n          }\n          client {\n            id\n            fullName\n          }\n        }\n      }\n      history {\n        id\n        kind\n        createdAt\n        fromStatus\n        toStatus\n        statusComment\n        ordersMoved\n        orderNumbers\n        automatic\n        actor {\n          kind\n          employee {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentCardDocument,
    "\n  query IncidentFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IncidentFormOptionsDocument,
    "\n  query IncidentScopePremises($buildingId: ID!, $after: String) {\n    premises(buildingId: $buildingId, first: 100, after: $after) {\n      nodes {\n        id\n        number\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IncidentScopePremisesDocument,
    "\n  mutation IncidentUpdate($input: IncidentUpdateInput!) {\n    incidentUpdate(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": typeof types.IncidentUpdateDocument,
    "\n  query OpenIncidents {\n    incidents(statuses: [OPEN, IN_PROGRESS, PAUSED], first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          service {\n            id\n          }\n          scope {\n            building {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenIncidentsDocument,
    "\n  mutation IncidentCreate($input: IncidentCreateInput!) {\n    incidentCreate(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.IncidentCreateDocument,
    "\n  mutation IncidentManage($input: IncidentManageInput!) {\n    incidentManage(input: $input) {\n      id\n      status\n      statusComment\n      version\n      updatedAt\n    }\n  }\n": typeof types.IncidentManageDocument,
    "\n  mutation OrderIncidentAttach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n": typeof types.OrderIncidentAttachDocument,
    "\n  mutation OrderIncidentDetach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentDetach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n": typeof types.OrderIncidentDetachDocument,
    "\n  subscription IncidentChanged {\n    incidentChanged {\n      ...IncidentListItem\n    }\n  }\n": typeof types.IncidentChangedDocument,
    "\n  subscription IncidentCountsChanged {\n    incidentCountsChanged {\n      status\n      count\n    }\n  }\n": typeof types.IncidentCountsChangedDocument,
    "\n  fragment IntegrationTokenItem on IntegrationToken {\n    id\n    name\n    createdAt\n    revokedAt\n  }\n": typeof types.IntegrationTokenItemFragmentDoc,
    "\n  query IntegrationTokens {\n    integrationTokens {\n      ...IntegrationTokenItem\n    }\n  }\n": typeof types.IntegrationTokensDocument,
    "\n  mutation IntegrationTokenCreate($name: String!) {\n    integrationTokenCreate(name: $name) {\n      token\n      integrationToken {\n        ...IntegrationTokenItem\n      }\n    }\n  }\n": typeof types.IntegrationTokenCreateDocument,
    "\n  mutation IntegrationTokenRevoke($id: ID!) {\n    integrationTokenRevoke(id: $id) {\n      ...IntegrationTokenItem\n    }\n  }\n": typeof types.IntegrationTokenRevokeDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    state\n    total\n    version\n    issuedAt\n    markedPaidAt\n    paidAt\n    actions\n    issuedBy {\n      id\n      fullName\n    }\n    markedPaidBy {\n      id\n      fullName\n    }\n    lines {\n      id\n      name\n      unit\n      unitPrice\n      quantity\n      discountPercent\n      total\n      priceListItemId\n    }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  fragment OrderInvoiceBlock on Order {\n    id\n    service {\n      id\n      kind\n    }\n    invoice {\n      ...InvoiceFields\n    }\n  }\n": typeof types.OrderInvoiceBlockFragmentDoc,
    "\n  query InvoicePriceList($serviceId: ID!) {\n    service(id: $serviceId) {\n      id\n      priceList {\n        id\n        name\n        unit\n        unitPrice\n        active\n      }\n    }\n  }\n": typeof types.InvoicePriceListDocument,
    "\n  mutation InvoiceCreate($orderId: ID!) {\n    invoiceCreate(orderId: $orderId) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceCreateDocument,
    "\n  mutation InvoiceLineAdd($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceLineAddDocument,
    "\n  mutation InvoiceLineUpdate($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceLineUpdateDocument,
    "\n  mutation InvoiceLineRemove($lineId: ID!, $version: Int!) {\n    invoiceLineRemove(lineId: $lineId, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceLineRemoveDocument,
    "\n  mutation InvoiceIssue($id: ID!, $version: Int!) {\n    invoiceIssue(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceIssueDocument,
    "\n  mutation InvoiceMarkPaid($id: ID!, $version: Int!) {\n    invoiceMarkPaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceMarkPaidDocument,
    "\n  mutation InvoiceMakeUnpaid($id: ID!, $version: Int!) {\n    invoiceMakeUnpaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceMakeUnpaidDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    orderId\n    orderNumber\n    title\n    body\n    createdAt\n    read\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationsUnreadCount\n  }\n": typeof types.NotificationsDocument,
    "\n  query NotificationsUnreadCount {\n    notificationsUnreadCount\n  }\n": typeof types.NotificationsUnreadCountDocument,
    "\n  mutation NotificationMarkRead($id: ID!) {\n    notificationMarkRead(id: $id) {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationMarkReadDocument,
    "\n  mutation NotificationsMarkAllRead {\n    notificationsMarkAllRead\n  }\n": typeof types.NotificationsMarkAllReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment QuarterItem on Quarter {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n": typeof types.QuarterItemFragmentDoc,
    "\n  fragment ObjectGroupItem on ObjectGroup {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n": typeof types.ObjectGroupItemFragmentDoc,
    "\n  query QuartersAdmin {\n    quarters {\n      ...QuarterItem\n    }\n  }\n": typeof types.QuartersAdminDocument,
    "\n  query ObjectGroupsAdmin {\n    objectGroups {\n      ...ObjectGroupItem\n    }\n  }\n": typeof types.ObjectGroupsAdminDocument,
    "\n  mutation QuarterCreate($input: ObjectGroupingCreateInput!) {\n    quarterCreate(input: $input) {\n      ...QuarterItem\n    }\n  }\n": typeof types.QuarterCreateDocument,
    "\n  mutation QuarterUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    quarterUpdate(id: $id, input: $input) {\n      ...QuarterItem\n    }\n  }\n": typeof types.QuarterUpdateDocument,
    "\n  mutation ObjectGroupCreate($input: ObjectGroupingCreateInput!) {\n    objectGroupCreate(input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n": typeof types.ObjectGroupCreateDocument,
    "\n  mutation ObjectGroupUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    objectGroupUpdate(id: $id, input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n": typeof types.ObjectGroupUpdateDocument,
    "\n  query AdministratorOptions($search: String) {\n    employees(search: $search, active: true, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n": typeof types.AdministratorOptionsDocument,
    "\n  fragment LegalEntityItem on LegalEntity {\n    id\n    name\n    version\n    inn\n    kpp\n    ogrn\n    address\n    phone\n    email\n    bankName\n    bik\n    settlementAccount\n    correspondentAccount\n  }\n": typeof types.LegalEntityItemFragmentDoc,
    "\n  query LegalEntitiesAdmin {\n    legalEntities {\n      ...LegalEntityItem\n    }\n  }\n": typeof types.LegalEntitiesAdminDocument,
    "\n  mutation LegalEntityCreate($input: LegalEntityCreateInput!) {\n    legalEntityCreate(input: $input) {\n      ...LegalEntityItem\n    }\n  }\n": typeof types.LegalEntityCreateDocument,
    "\n  mutation LegalEntityUpdate($id: ID!, $input: LegalEntityUpdateInput!) {\n    legalEntityUpdate(id: $id, input: $input) {\n      ...LegalEntityItem\n    }\n  }\n": typeof types.LegalEntityUpdateDocument,
    "\n  fragment OrderBrief on Order {\n    id\n    number\n    status\n    createdAt\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n  }\n": typeof types.OrderBriefFragmentDoc,
    "\n  fragment OrderInfoBlock on Order {\n    id\n    version\n    status\n    baseDataLocked\n    channel\n    description\n    createdAt\n    reactionDueAt\n    firstInProgressAt\n    executionDueAt\n    service {\n      ...ServiceOption\n    }\n    building {\n      ...BuildingOption\n    }\n    premise {\n      ...PremiseOption\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n      note\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    createdBy {\n      kind\n      employee {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.OrderInfoBlockFragmentDoc,
    "\n  fragment OrderClientBlock on Order {\n    client {\n      id\n      fullName\n      phone\n      avatarUrl\n      tags\n      note\n      lastAppLoginAt\n    }\n    premise {\n      ...PremiseOption\n    }\n  }\n": typeof types.OrderClientBlockFragmentDoc,
    "\n  fragment OrderChatBlock on Order {\n    id\n  }\n": typeof types.OrderChatBlockFragmentDoc,
    "\n  fragment OrderDocumentsBlock on Order {\n    id\n    revision\n  }\n": typeof types.OrderDocumentsBlockFragmentDoc,
    "\n  fragment OrderManageBlock on Order {\n    id\n    version\n    status\n    statusComment\n    resumeBy\n    allowedStatuses\n    service {\n      id\n      maxExecutors\n    }\n    department {\n      id\n      name\n    }\n    executors {\n      id\n      fullName\n      position\n    }\n  }\n": typeof types.OrderManageBlockFragmentDoc,
    "\n  fragment OrderOrganizationBlock on Order {\n    id\n    building {\n      id\n    }\n  }\n": typeof types.OrderOrganizationBlockFragmentDoc,
    "\n  fragment OrderRatingBlock on Order {\n    status\n    rating {\n      score\n      comment\n      ratedAt\n      cycle\n      forLastCompletion\n    }\n    ratings {\n      score\n      comment\n      ratedAt\n      cycle\n    }\n  }\n": typeof types.OrderRatingBlockFragmentDoc,
    "\n  fragment OrderChecklistBlock on Order {\n    id\n    status\n    service {\n      id\n      checklistRequiredToClose\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n  }\n": typeof types.OrderChecklistBlockFragmentDoc,
    "\n  fragment OrderHistoryBlock on Order {\n    formAnswers {\n      key\n      label\n    }\n    history {\n      id\n      kind\n      createdAt\n      viaIncidentId\n      fromStatus\n      toStatus\n      statusComment\n      dueAt\n      score\n      ratingComment\n      fileName\n      checklistItemTitle\n      checklistNote\n      invoiceAction\n      invoiceTotal\n      invoiceLineName\n      refundAction\n      refundAmount\n      refundSettlement\n      refundReason\n      actor {\n        kind\n        employee {\n          id\n          fullName\n        }\n      }\n      executors {\n        id\n        fullName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": typeof types.OrderHistoryBlockFragmentDoc,
    "\n  fragment OrderCard on Order {\n    ...OrderListItem\n    incidentId\n    incident {\n      id\n      number\n      title\n    }\n    suggestedIncident {\n      id\n      number\n      title\n    }\n    doneAt\n    slaReaction\n    slaExecution\n    importantCommentUnseen\n    ...OrderInfoBlock\n    ...OrderClientBlock\n    ...OrderChatBlock\n    ...OrderDocumentsBlock\n    ...OrderInvoiceBlock\n    ...OrderManageBlock\n    ...OrderOrganizationBlock\n    ...OrderRatingBlock\n    ...OrderChecklistBlock\n    ...OrderHistoryBlock\n  }\n": typeof types.OrderCardFragmentDoc,
    "\n  query OrderByNumber($number: Int!) {\n    orderByNumber(number: $number) {\n      ...OrderCard\n    }\n  }\n": typeof types.OrderByNumberDocument,
    "\n  subscription OrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...OrderCard\n    }\n  }\n": typeof types.OrderUpdatedDocument,
    "\n  mutation OrderMarkSeen($id: ID!) {\n    orderMarkSeen(id: $id) {\n      ...OrderCard\n    }\n  }\n": typeof types.OrderMarkSeenDocument,
    "\n  mutation OrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...OrderCard\n    }\n  }\n": typeof types.OrderManageDocument,
    "\n  mutation OrderUpdate($input: OrderUpdateInput!) {\n    orderUpdate(input: $input) {\n      ...OrderCard\n    }\n  }\n": typeof types.OrderUpdateDocument,
    "\n  query OrderExecutorCandidates($departmentId: ID!) {\n    orderExecutorCandidates(departmentId: $departmentId) {\n      openOrders\n      workload\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.OrderExecutorCandidatesDocument,
    "\n  query OrderDepartments {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrderDepartmentsDocument,
    "\n  fragment OrderComment on OrderComment {\n    id\n    text\n    important\n    createdAt\n    author {\n      id\n      fullName\n      position\n      avatarUrl\n    }\n  }\n": typeof types.OrderCommentFragmentDoc,
    "\n  query OrderComments($id: ID!) {\n    order(id: $id) {\n      id\n      comments {\n        ...OrderComment\n      }\n    }\n  }\n": typeof types.OrderCommentsDocument,
    "\n  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {\n    orderCommentCreate(input: $input) {\n      ...OrderComment\n    }\n  }\n": typeof types.OrderCommentCreateDocument,
    "\n  subscription OrderCommentAdded($orderId: ID!) {\n    orderCommentAdded(orderId: $orderId) {\n      ...OrderComment\n    }\n  }\n": typeof types.OrderCommentAddedDocument,
    "\n  fragment BuildingOption on Building {\n    id\n    address\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n": typeof types.BuildingOptionFragmentDoc,
    "\n  fragment PremiseOption on Premise {\n    id\n    number\n    personalAccount\n    tags\n    note\n    utilityBalance\n  }\n": typeof types.PremiseOptionFragmentDoc,
    "\n  fragment ClientOption on Client {\n    id\n    fullName\n    phone\n    tags\n    note\n    premises {\n      premise {\n        ...PremiseOption\n        building {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n": typeof types.ClientOptionFragmentDoc,
    "\n  fragment ServiceOption on Service {\n    id\n    name\n    kind\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": typeof types.ServiceOptionFragmentDoc,
    "\n  query BuildingOptions($search: String) {\n    buildings(search: $search, first: 30) {\n      edges {\n        node {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n": typeof types.BuildingOptionsDocument,
    "\n  query PremiseOptions($buildingId: ID!, $search: String) {\n    premises(buildingId: $buildingId, search: $search, first: 30) {\n      edges {\n        node {\n          ...PremiseOption\n        }\n      }\n    }\n  }\n": typeof types.PremiseOptionsDocument,
    "\n  query PremiseClients($id: ID!) {\n    premise(id: $id) {\n      id\n      clients {\n        ...ClientOption\n      }\n    }\n  }\n": typeof types.PremiseClientsDocument,
    "\n  query ClientOptions($search: String) {\n    clients(search: $search, first: 30) {\n      edges {\n        node {\n          ...ClientOption\n        }\n      }\n    }\n  }\n": typeof types.ClientOptionsDocument,
    "\n  query ServiceOptions($search: String) {\n    services(search: $search, active: true, first: 30) {\n      edges {\n        node {\n          ...ServiceOption\n        }\n      }\n    }\n  }\n": typeof types.ServiceOptionsDocument,
    "\n  mutation OrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.OrderCreateDocument,
    "\n  fragment OrderListItem on Order {\n    id\n    number\n    status\n    channel\n    labels\n    refundSummary {\n      decision\n      settlement\n      amount\n    }\n    createdAt\n    updatedAt\n    executionDueAt\n    version\n    revision\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n    client {\n      id\n      fullName\n      phone\n    }\n    executors {\n      id\n      fullName\n    }\n    department {\n      id\n      name\n    }\n    rating {\n      score\n      comment\n    }\n    incident {\n      id\n      number\n    }\n    invoice {\n      id\n      state\n      total\n    }\n  }\n": typeof types.OrderListItemFragmentDoc,
    "\n  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {\n    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      edges {\n        cursor\n        node {\n          ...OrderListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderListItem\n    }\n  }\n": typeof types.OrderChangedDocument,
    "\n  query OrdersNewCount {\n    ordersNewCount\n  }\n": typeof types.OrdersNewCountDocument,
    "\n  subscription OrdersNewCountChanged {\n    ordersNewCountChanged\n  }\n": typeof types.OrdersNewCountChangedDocument,
    "\n  subscription OrderTabCountsChanged {\n    orderTabCountsChanged {\n      new\n      all\n      allExact\n    }\n  }\n": typeof types.OrderTabCountsChangedDocument,
    "\n  fragment OrderFilterFields on OrderFilter {\n    statuses\n    serviceIds\n    departmentIds\n    executorIds\n    channels\n    buildingIds\n    quarterIds\n    objectGroupIds\n    createdFrom\n    createdTo\n    updatedFrom\n    updatedTo\n    slaBreached\n    labels\n    ratingScores\n    unrated\n    incident\n  }\n": typeof types.OrderFilterFieldsFragmentDoc,
    "\n  query OrderListPreferences($list: OrderList!) {\n    orderListPreferences(list: $list) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n": typeof types.OrderListPreferencesDocument,
    "\n  mutation OrderListPreferencesSave($list: OrderList!, $filter: OrderFilterInput, $columns: [OrderColumn!]) {\n    orderListPreferencesSave(list: $list, filter: $filter, columns: $columns) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n": typeof types.OrderListPreferencesSaveDocument,
    "\n  query OrderFilterOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    employees(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          active\n        }\n      }\n    }\n    buildings(first: 100) {\n      edges {\n        node {\n          id\n          address\n        }\n      }\n    }\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n  }\n": typeof types.OrderFilterOptionsDocument,
    "\n  fragment Administrator on Employee {\n    id\n    fullName\n    position\n    phone\n    email\n  }\n": typeof types.AdministratorFragmentDoc,
    "\n  query OrderOrganization($orderId: ID!) {\n    organization {\n      id\n      name\n      phone\n      email\n      address\n    }\n    order(id: $orderId) {\n      id\n      building {\n        id\n        quarter {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n        objectGroup {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderOrganizationDocument,
    "\n  query PaletteOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n      service {\n        id\n        name\n      }\n      building {\n        id\n        address\n      }\n      premise {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PaletteOrderDocument,
    "\n  query PaletteClients($search: String!, $first: Int!) {\n    clients(search: $search, first: $first) {\n      nodes {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": typeof types.PaletteClientsDocument,
    "\n  query OrderPayments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      invoice {\n        id\n        state\n        total\n        paidAt\n        markedPaidAt\n        lines {\n          id\n          name\n          unit\n          quantity\n          total\n        }\n        payments {\n          id\n          state\n          amount\n          succeededAt\n        }\n        refunds {\n          id\n          kind\n          decision\n          settlement\n          amount\n          reason\n          decisionReason\n          requestedByResident\n          failureReason\n          createdAt\n          lines {\n            invoiceLineId\n            name\n            unit\n            quantity\n            amount\n          }\n          createdBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderPaymentsDocument,
    "\n  mutation RefundCreate($input: RefundCreateInput!) {\n    refundCreate(input: $input) {\n      id\n      settlement\n      amount\n    }\n  }\n": typeof types.RefundCreateDocument,
    "\n  mutation RefundConfirm($id: ID!) {\n    refundConfirm(id: $id) {\n      id\n      decision\n      settlement\n    }\n  }\n": typeof types.RefundConfirmDocument,
    "\n  mutation RefundReject($id: ID!, $reason: String!) {\n    refundReject(id: $id, reason: $reason) {\n      id\n      decision\n    }\n  }\n": typeof types.RefundRejectDocument,
    "\n  mutation InvoiceDocuments($orderId: ID!) {\n    invoiceDocuments(orderId: $orderId) {\n      contractUrl\n      actUrl\n    }\n  }\n": typeof types.InvoiceDocumentsDocument,
    "\n  query PremisePopover($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n    }\n  }\n": typeof types.PremisePopoverDocument,
    "\n  query PremiseCard($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n      clients {\n        id\n        fullName\n        phone\n        tags\n      }\n    }\n  }\n": typeof types.PremiseCardDocument,
    "\n  query PremiseOrders($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PremiseOrdersDocument,
    "\n  query PremiseActivity($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PremiseActivityDocument,
    "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      address\n      premisesCount\n      quarter {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      objectGroup {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      legalEntity {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BuildingCardDocument,
    "\n  query BuildingPremises($buildingId: ID!, $search: String, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          personalAccount\n          utilityBalance\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingPremisesDocument,
    "\n  query BuildingOrders($filter: OrderFilterInput!, $first: Int, $after: String) {\n    orders(tab: ALL, filter: $filter, first: $first, after: $after, sort: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderBrief\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingOrdersDocument,
    "\n  query BuildingIncidents($buildingId: ID!, $statuses: [IncidentStatus!], $first: Int, $after: String) {\n    incidents(buildingId: $buildingId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          plannedEndAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BuildingIncidentsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": typeof types.PushPublicKeyDocument,
    "\n  mutation PushSubscriptionRegister($input: PushSubscriptionInput!) {\n    pushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n": typeof types.PushSubscriptionRegisterDocument,
    "\n  mutation PushSubscriptionUnregister($endpoint: String!) {\n    pushSubscriptionUnregister(endpoint: $endpoint)\n  }\n": typeof types.PushSubscriptionUnregisterDocument,
    "\n  mutation ResidentPushSubscriptionRegister($input: PushSubscriptionInput!) {\n    residentPushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n": typeof types.ResidentPushSubscriptionRegisterDocument,
    "\n  mutation ResidentPushSubscriptionUnregister($endpoint: String!) {\n    residentPushSubscriptionUnregister(endpoint: $endpoint)\n  }\n": typeof types.ResidentPushSubscriptionUnregisterDocument,
    "\n  fragment ReportExportItem on ReportExport {\n    id\n    state\n    totalRows\n    rowsWritten\n    error\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n": typeof types.ReportExportItemFragmentDoc,
    "\n  query OrderReportFields {\n    orderReportFields {\n      available {\n        field\n        title\n      }\n      selected\n    }\n  }\n": typeof types.OrderReportFieldsDocument,
    "\n  mutation OrderReportCreate($input: OrderReportCreateInput!) {\n    orderReportCreate(input: $input) {\n      ...ReportExportItem\n    }\n  }\n": typeof types.OrderReportCreateDocument,
    "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      ...ReportExportItem\n    }\n  }\n": typeof types.ReportExportDocument,
    "\n  subscription ReportExportUpdated($id: ID!) {\n    reportExportUpdated(id: $id) {\n      ...ReportExportItem\n    }\n  }\n": typeof types.ReportExportUpdatedDocument,
    "\n  mutation ResidentCodeRequest($phone: String!) {\n    residentCodeRequest(phone: $phone) {\n      phone\n      resendAfter\n    }\n  }\n": typeof types.ResidentCodeRequestDocument,
    "\n  mutation ResidentLogin($phone: String!, $code: String!, $organizationId: ID) {\n    residentLogin(phone: $phone, code: $code, organizationId: $organizationId) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": typeof types.ResidentLoginDocument,
    "\n  query ResidentMe {\n    me {\n      kind\n      organization {\n        id\n        name\n        timeZone\n      }\n      client {\n        id\n        fullName\n        phone\n        email\n        premises {\n          isOwner\n          premise {\n            id\n            number\n            personalAccount\n            utilityBalance\n            building {\n              id\n              address\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentMeDocument,
    "\n  fragment ResidentServiceItem on ResidentService {\n    id\n    name\n    description\n    kind\n    residentMayReopen\n    refundsAllowed\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": typeof types.ResidentServiceItemFragmentDoc,
    "\n  query ResidentServices($search: String, $after: String) {\n    residentServices(search: $search, first: 100, after: $after) {\n      nodes {\n        ...ResidentServiceItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResidentServicesDocument,
    "\n  fragment ResidentOrderRow on ResidentOrder {\n    id\n    number\n    status\n    createdAt\n    updatedAt\n    revision\n    chatUnreadCount\n    canRate\n    service {\n      id\n      name\n    }\n    premise {\n      id\n      number\n    }\n    building {\n      id\n      address\n    }\n    executors {\n      id\n      firstName\n    }\n    rating {\n      score\n    }\n  }\n": typeof types.ResidentOrderRowFragmentDoc,
    "\n  query ResidentOrders($after: String) {\n    residentOrders(first: 25, after: $after) {\n      nodes {\n        ...ResidentOrderRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResidentOrdersDocument,
    "\n  subscription ResidentOrderChanged {\n    residentOrderChanged {\n      ...ResidentOrderRow\n    }\n  }\n": typeof types.ResidentOrderChangedDocument,
    "\n  query ResidentIncidentNotices {\n    residentIncidentNotices {\n      id\n      title\n      plannedEndAt\n    }\n  }\n": typeof types.ResidentIncidentNoticesDocument,
    "\n  fragment ResidentOrderCard on ResidentOrder {\n    ...ResidentOrderRow\n    version\n    description\n    doneAt\n    channel\n    allowedStatuses\n    chatAvailable\n    service {\n      id\n      name\n      kind\n      residentMayReopen\n      refundsAllowed\n    }\n    responsible {\n      id\n      firstName\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    rating {\n      score\n      comment\n      ratedAt\n      forLastCompletion\n    }\n    invoice {\n      id\n      state\n      total\n      issuedAt\n      paidAt\n      lines {\n        id\n        name\n        quantity\n        unit\n        unitPrice\n        discountPercent\n        total\n        refundableQuantity\n      }\n      payment {\n        id\n        state\n      }\n      refunds {\n        id\n        kind\n        decision\n        settlement\n        amount\n        reason\n        decisionReason\n        requestedByResident\n        createdAt\n        settledAt\n      }\n    }\n  }\n": typeof types.ResidentOrderCardFragmentDoc,
    "\n  query ResidentOrderByNumber($number: Int!) {\n    residentOrderByNumber(number: $number) {\n      ...ResidentOrderCard\n    }\n  }\n": typeof types.ResidentOrderByNumberDocument,
    "\n  subscription ResidentOrderUpdated($id: ID!) {\n    residentOrderUpdated(id: $id) {\n      ...ResidentOrderCard\n    }\n  }\n": typeof types.ResidentOrderUpdatedDocument,
    "\n  mutation ResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      ...ResidentOrderRow\n    }\n  }\n": typeof types.ResidentOrderCreateDocument,
    "\n  mutation ResidentOrderStatusChange($input: ResidentOrderStatusInput!) {\n    residentOrderStatusChange(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n": typeof types.ResidentOrderStatusChangeDocument,
    "\n  mutation ResidentOrderRate($input: OrderRateInput!) {\n    orderRate(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n": typeof types.ResidentOrderRateDocument,
    "\n  mutation ResidentInvoicePay($orderId: ID!, $returnPath: String) {\n    residentInvoicePay(orderId: $orderId, returnPath: $returnPath) {\n      id\n      state\n      confirmationUrl\n    }\n  }\n": typeof types.ResidentInvoicePayDocument,
    "\n  mutation ResidentRefundRequest($input: ResidentRefundRequestInput!) {\n    residentRefundRequest(input: $input) {\n      id\n      decision\n      amount\n    }\n  }\n": typeof types.ResidentRefundRequestDocument,
    "\n  fragment ResidentChatMessageItem on ResidentChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.ResidentChatMessageItemFragmentDoc,
    "\n  query ResidentChat($id: ID!) {\n    residentOrder(id: $id) {\n      id\n      chatAvailable\n      chatMessages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n": typeof types.ResidentChatDocument,
    "\n  subscription ResidentChatMessageChanged($orderId: ID!) {\n    residentChatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n": typeof types.ResidentChatMessageChangedDocument,
    "\n  mutation ResidentChatMessageSend($orderId: ID!, $text: String, $fileId: ID, $idempotencyKey: String) {\n    residentChatMessageSend(orderId: $orderId, text: $text, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      ...ResidentChatMessageItem\n    }\n  }\n": typeof types.ResidentChatMessageSendDocument,
    "\n  mutation ResidentChatMessageEdit($id: ID!, $text: String!) {\n    residentChatMessageEdit(id: $id, text: $text) {\n      ...ResidentChatMessageItem\n    }\n  }\n": typeof types.ResidentChatMessageEditDocument,
    "\n  mutation ResidentChatMessageDelete($id: ID!) {\n    residentChatMessageDelete(id: $id) {\n      ...ResidentChatMessageItem\n    }\n  }\n": typeof types.ResidentChatMessageDeleteDocument,
    "\n  mutation ResidentChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    residentChatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n": typeof types.ResidentChatMarkReadDocument,
    "\n  fragment RoleListItem on Role {\n    id\n    name\n    description\n    permissions\n    employeeCount\n    version\n  }\n": typeof types.RoleListItemFragmentDoc,
    "\n  fragment RoleDetails on Role {\n    ...RoleListItem\n    notificationSettings {\n      newOrders\n      serviceIds\n      departmentIds\n      chatMessages\n      importantComments\n      refundRequests\n    }\n  }\n": typeof types.RoleDetailsFragmentDoc,
    "\n  query Roles($first: Int, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RoleListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleDetails\n    }\n  }\n": typeof types.RoleDocument,
    "\n  query RoleHolders($roleId: ID!, $first: Int, $after: String) {\n    employees(roleId: $roleId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          position\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RoleHoldersDocument,
    "\n  query RoleFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RoleFormOptionsDocument,
    "\n  mutation RoleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) {\n      ...RoleDetails\n    }\n  }\n": typeof types.RoleCreateDocument,
    "\n  mutation RoleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) {\n      ...RoleDetails\n    }\n  }\n": typeof types.RoleUpdateDocument,
    "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n": typeof types.ServiceListItemFragmentDoc,
    "\n  fragment PriceListItemRow on PriceListItem {\n    id\n    name\n    unit\n    unitPrice\n    active\n    position\n  }\n": typeof types.PriceListItemRowFragmentDoc,
    "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    checklistRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n    checklistTemplate {\n      title\n      required\n      photoRequired\n      noteRequired\n    }\n    priceList {\n      ...PriceListItemRow\n    }\n  }\n": typeof types.ServiceDetailsFragmentDoc,
    "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServiceFormOptionsDocument,
    "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n": typeof types.ServiceUpdatedDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n": typeof types.ServiceUpdateDocument,
    "\n  mutation PriceListItemCreate($serviceId: ID!, $input: PriceListItemCreateInput!) {\n    priceListItemCreate(serviceId: $serviceId, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n": typeof types.PriceListItemCreateDocument,
    "\n  mutation PriceListItemUpdate($id: ID!, $input: PriceListItemUpdateInput!) {\n    priceListItemUpdate(id: $id, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n": typeof types.PriceListItemUpdateDocument,
    "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    authLogout\n  }\n": typeof types.AuthLogoutDocument,
    "\n  subscription AccessChanged {\n    accessChanged\n  }\n": typeof types.AccessChangedDocument,
};
const documents: Documents = {
    "\n  mutation FactoryOrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n": types.FactoryOrderCreateDocument,
    "\n  mutation FactoryResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n": types.FactoryResidentOrderCreateDocument,
    "\n  mutation FactoryEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      id\n      email\n    }\n  }\n": types.FactoryEmployeeCreateDocument,
    "\n  fragment BuildingListItem on Building {\n    id\n    address\n    version\n    archivedAt\n    premisesCount\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n": types.BuildingListItemFragmentDoc,
    "\n  query Buildings($search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    buildings(search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BuildingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingsDocument,
    "\n  query BuildingAdmin($id: ID!) {\n    building(id: $id) {\n      ...BuildingListItem\n    }\n  }\n": types.BuildingAdminDocument,
    "\n  query BuildingFormOptions {\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n    legalEntities {\n      id\n      name\n    }\n  }\n": types.BuildingFormOptionsDocument,
    "\n  mutation BuildingCreate($input: BuildingCreateInput!) {\n    buildingCreate(input: $input) {\n      ...BuildingListItem\n    }\n  }\n": types.BuildingCreateDocument,
    "\n  mutation BuildingUpdate($id: ID!, $input: BuildingUpdateInput!) {\n    buildingUpdate(id: $id, input: $input) {\n      ...BuildingListItem\n    }\n  }\n": types.BuildingUpdateDocument,
    "\n  fragment PremiseListItem on Premise {\n    id\n    number\n    version\n    archivedAt\n    personalAccount\n    tags\n    note\n  }\n": types.PremiseListItemFragmentDoc,
    "\n  query BuildingPremisesAdmin($buildingId: ID!, $search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PremiseListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingPremisesAdminDocument,
    "\n  mutation PremiseCreate($input: PremiseCreateInput!) {\n    premiseCreate(input: $input) {\n      ...PremiseListItem\n    }\n  }\n": types.PremiseCreateDocument,
    "\n  mutation PremiseUpdate($id: ID!, $input: PremiseUpdateInput!) {\n    premiseUpdate(id: $id, input: $input) {\n      ...PremiseListItem\n    }\n  }\n": types.PremiseUpdateDocument,
    "\n  mutation PremisesImportPreview($fileId: ID!, $buildingId: ID) {\n    premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {\n      fileId\n      fileName\n      totalRows\n      errorRows\n      createCount\n      updateCount\n      unchangedCount\n      rows {\n        rowNumber\n        buildingAddress\n        number\n        personalAccount\n        tags\n        note\n        action\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.PremisesImportPreviewDocument,
    "\n  mutation PremisesImportApply($fileId: ID!, $buildingId: ID, $skipInvalidRows: Boolean) {\n    premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skipInvalidRows) {\n      created\n      updated\n      unchanged\n      skipped\n    }\n  }\n": types.PremisesImportApplyDocument,
    "\n  mutation PremisesExport($buildingId: ID, $format: PremisesExportFormat) {\n    premisesExport(buildingId: $buildingId, format: $format) {\n      id\n      fileName\n      url\n    }\n  }\n": types.PremisesExportDocument,
    "\n  fragment CallRow on Call {\n    id\n    direction\n    status\n    callerNumber\n    calleeNumber\n    clientNumber\n    startedAt\n    answeredAt\n    durationSeconds\n    employee {\n      id\n      fullName\n    }\n    recording {\n      id\n      url\n      contentType\n    }\n    clients {\n      client {\n        id\n        fullName\n      }\n    }\n    orders {\n      id\n      number\n      status\n    }\n  }\n": types.CallRowFragmentDoc,
    "\n  query Calls(\n    $first: Int\n    $after: String\n    $direction: CallDirection\n    $missed: Boolean\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $employeeId: ID\n    $linked: Boolean\n    $search: String\n  ) {\n    calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  query CallEmployees {\n    employees(first: 200, active: true) {\n      nodes {\n        id\n        fullName\n        extension\n      }\n    }\n  }\n": types.CallEmployeesDocument,
    "\n  subscription CallJournalChanged {\n    callJournalChanged {\n      call {\n        ...CallRow\n      }\n    }\n  }\n": types.CallJournalChangedDocument,
    "\n  subscription ScreenPop {\n    callChanged {\n      call {\n        id\n        direction\n        status\n        clientNumber\n        callerNumber\n        startedAt\n        orders {\n          id\n          number\n        }\n        clients {\n          openOrders\n          client {\n            id\n            fullName\n            phone\n            premises {\n              premise {\n                id\n                number\n                utilityBalance\n                building {\n                  id\n                  address\n                }\n              }\n            }\n            orders(first: 20) {\n              nodes {\n                id\n                number\n                status\n                service {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ScreenPopDocument,
    "\n  query CallForNewOrder($id: ID!) {\n    call(id: $id) {\n      id\n      direction\n      clientNumber\n      clients {\n        client {\n          ...ClientOption\n        }\n      }\n    }\n  }\n": types.CallForNewOrderDocument,
    "\n  query OrderCalls($id: ID!) {\n    order(id: $id) {\n      id\n      calls {\n        ...CallRow\n      }\n    }\n  }\n": types.OrderCallsDocument,
    "\n  query ClientOrdersForCall($id: ID!) {\n    client(id: $id) {\n      id\n      orders(first: 20) {\n        nodes {\n          id\n          number\n          status\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClientOrdersForCallDocument,
    "\n  query OrderByNumberForCall($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n    }\n  }\n": types.OrderByNumberForCallDocument,
    "\n  mutation CallOrderLink($callId: ID!, $orderId: ID!) {\n    callOrderLink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n": types.CallOrderLinkDocument,
    "\n  mutation CallOrderUnlink($callId: ID!, $orderId: ID!) {\n    callOrderUnlink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n": types.CallOrderUnlinkDocument,
    "\n  fragment ChatMessageItem on ChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": types.ChatMessageItemFragmentDoc,
    "\n  fragment ScheduledMessageItem on ScheduledMessage {\n    id\n    orderId\n    text\n    sendAt\n    author {\n      id\n      fullName\n    }\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n": types.ScheduledMessageItemFragmentDoc,
    "\n  query OrderChat($id: ID!) {\n    order(id: $id) {\n      id\n      chatAvailable\n      chatUnreadCount\n      chatMessages {\n        ...ChatMessageItem\n      }\n      scheduledMessages {\n        ...ScheduledMessageItem\n      }\n    }\n  }\n": types.OrderChatDocument,
    "\n  mutation ChatMessageSend($orderId: ID!, $text: String, $fileId: ID) {\n    chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) {\n      ...ChatMessageItem\n    }\n  }\n": types.ChatMessageSendDocument,
    "\n  mutation ChatMessageEdit($id: ID!, $text: String!) {\n    chatMessageEdit(id: $id, text: $text) {\n      ...ChatMessageItem\n    }\n  }\n": types.ChatMessageEditDocument,
    "\n  mutation ChatMessageDelete($id: ID!) {\n    chatMessageDelete(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n": types.ChatMessageDeleteDocument,
    "\n  mutation ChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    chatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n": types.ChatMarkReadDocument,
    "\n  subscription ChatMessageChanged($orderId: ID!) {\n    chatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ChatMessageItem\n      }\n    }\n  }\n": types.ChatMessageChangedDocument,
    "\n  mutation ScheduledMessageCreate($orderId: ID!, $text: String, $fileId: ID, $sendAt: DateTimeISO!) {\n    scheduledMessageCreate(orderId: $orderId, text: $text, fileId: $fileId, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n": types.ScheduledMessageCreateDocument,
    "\n  mutation ScheduledMessageSendNow($id: ID!) {\n    scheduledMessageSendNow(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n": types.ScheduledMessageSendNowDocument,
    "\n  mutation ScheduledMessageReschedule($id: ID!, $sendAt: DateTimeISO!) {\n    scheduledMessageReschedule(id: $id, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n": types.ScheduledMessageRescheduleDocument,
    "\n  mutation ScheduledMessageDelete($id: ID!) {\n    scheduledMessageDelete(id: $id)\n  }\n": types.ScheduledMessageDeleteDocument,
    "\n  fragment ReplyTemplateItem on ReplyTemplate {\n    id\n    title\n    text\n    updatedAt\n  }\n": types.ReplyTemplateItemFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateItem\n    }\n  }\n": types.ReplyTemplatesDocument,
    "\n  query RenderedReplyTemplates($orderId: ID!) {\n    replyTemplates {\n      id\n      title\n      rendered(orderId: $orderId)\n    }\n  }\n": types.RenderedReplyTemplatesDocument,
    "\n  mutation ReplyTemplateCreate($input: ReplyTemplateInput!) {\n    replyTemplateCreate(input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n": types.ReplyTemplateCreateDocument,
    "\n  mutation ReplyTemplateUpdate($id: ID!, $input: ReplyTemplateUpdateInput!) {\n    replyTemplateUpdate(id: $id, input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n": types.ReplyTemplateUpdateDocument,
    "\n  mutation ReplyTemplateDelete($id: ID!) {\n    replyTemplateDelete(id: $id)\n  }\n": types.ReplyTemplateDeleteDocument,
    "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    kind\n    occurredAt\n    title\n    details\n    amount\n    order {\n      id\n      number\n      status\n    }\n    call {\n      id\n      recording {\n        id\n        url\n      }\n    }\n  }\n": types.ClientActivityEntryFragmentDoc,
    "\n  query ClientActivity($clientId: ID!, $orderId: ID, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      activity(orderId: $orderId, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ClientActivityDocument,
    "\n  query ClientOrders($clientId: ID!, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ClientOrdersDocument,
    "\n  subscription ClientChanged($id: ID) {\n    clientUpdated(id: $id) {\n      ...ClientDetails\n    }\n  }\n": types.ClientChangedDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n": types.ClientListItemFragmentDoc,
    "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n": types.ClientDetailsFragmentDoc,
    "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n": types.ClientDocument,
    "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n": types.ClientUpdatedDocument,
    "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n": types.ClientUpdateDocument,
    "\n  query Dashboard($input: DashboardInput) {\n    dashboard(input: $input) {\n      from\n      to\n      timeZone\n      statusCounts {\n        status\n        count\n      }\n      daily {\n        day\n        created\n        done\n      }\n      slaByService {\n        ...DashboardSlaRow\n      }\n      slaByDepartment {\n        ...DashboardSlaRow\n      }\n      averageReactionMinutes\n      reactionSamples\n      averageExecutionMinutes\n      executionSamples\n      ratings {\n        counts\n        total\n        average\n      }\n      workload {\n        openOrders\n        workload\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment DashboardSlaRow on DashboardSla {\n    id\n    name\n    reactionKept\n    reactionDecided\n    reactionKeptPercent\n    executionKept\n    executionDecided\n    executionKeptPercent\n  }\n": types.DashboardSlaRowFragmentDoc,
    "\n  query DashboardDepartments {\n    departments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DashboardDepartmentsDocument,
    "\n  fragment DepartmentMember on Employee {\n    id\n    fullName\n    position\n    active\n  }\n": types.DepartmentMemberFragmentDoc,
    "\n  fragment DepartmentDetails on Department {\n    id\n    name\n    version\n    employees {\n      ...DepartmentMember\n    }\n  }\n": types.DepartmentDetailsFragmentDoc,
    "\n  query Departments($search: String, $first: Int, $after: String) {\n    departments(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DepartmentDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentDetails\n    }\n  }\n": types.DepartmentDocument,
    "\n  query DepartmentMemberOptions($search: String) {\n    employees(search: $search, first: 20) {\n      edges {\n        node {\n          ...DepartmentMember\n        }\n      }\n    }\n  }\n": types.DepartmentMemberOptionsDocument,
    "\n  mutation DepartmentCreate($input: DepartmentCreateInput!) {\n    departmentCreate(input: $input) {\n      ...DepartmentDetails\n    }\n  }\n": types.DepartmentCreateDocument,
    "\n  mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n    departmentUpdate(id: $id, input: $input) {\n      ...DepartmentDetails\n    }\n  }\n": types.DepartmentUpdateDocument,
    "\n  subscription DirectoryChanged($kinds: [DirectoryKind!]) {\n    directoryChanged(kinds: $kinds) {\n      kind\n      action\n      ids\n    }\n  }\n": types.DirectoryChangedDocument,
    "\n  mutation BuildingDelete($id: ID!) {\n    buildingDelete(id: $id)\n  }\n": types.BuildingDeleteDocument,
    "\n  mutation PremiseDelete($id: ID!) {\n    premiseDelete(id: $id)\n  }\n": types.PremiseDeleteDocument,
    "\n  mutation QuarterDelete($id: ID!) {\n    quarterDelete(id: $id)\n  }\n": types.QuarterDeleteDocument,
    "\n  mutation ObjectGroupDelete($id: ID!) {\n    objectGroupDelete(id: $id)\n  }\n": types.ObjectGroupDeleteDocument,
    "\n  mutation LegalEntityDelete($id: ID!) {\n    legalEntityDelete(id: $id)\n  }\n": types.LegalEntityDeleteDocument,
    "\n  mutation DepartmentDelete($id: ID!) {\n    departmentDelete(id: $id)\n  }\n": types.DepartmentDeleteDocument,
    "\n  mutation RoleDelete($id: ID!) {\n    roleDelete(id: $id)\n  }\n": types.RoleDeleteDocument,
    "\n  mutation BuildingArchive($id: ID!, $archived: Boolean!) {\n    buildingArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.BuildingArchiveDocument,
    "\n  mutation PremiseArchive($id: ID!, $archived: Boolean!) {\n    premiseArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.PremiseArchiveDocument,
    "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    extension\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.EmployeeListItemFragmentDoc,
    "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeDocument,
    "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EmployeeFormOptionsDocument,
    "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeUpdateDocument,
    "\n  mutation EmployeeExtensionSet($id: ID!, $extension: String) {\n    employeeExtensionSet(id: $id, extension: $extension) {\n      ...EmployeeListItem\n    }\n  }\n": types.EmployeeExtensionSetDocument,
    "\n  fragment FieldOrderCard on Order {\n    ...OrderListItem\n    description\n    statusComment\n    allowedStatuses\n    documentCount\n    formAnswers {\n      key\n      label\n      value\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n    documents {\n      id\n      file {\n        id\n        url\n        fileName\n        contentType\n      }\n    }\n  }\n": types.FieldOrderCardFragmentDoc,
    "\n  query FieldOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      ...FieldOrderCard\n    }\n  }\n": types.FieldOrderDocument,
    "\n  subscription FieldOrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...FieldOrderCard\n    }\n  }\n": types.FieldOrderUpdatedDocument,
    "\n  mutation FieldOrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n": types.FieldOrderManageDocument,
    "\n  mutation FieldChecklistItemSet($input: OrderChecklistItemSetInput!) {\n    orderChecklistItemSet(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n": types.FieldChecklistItemSetDocument,
    "\n  mutation FieldOrderDocumentAdd($orderId: ID!, $fileId: ID!, $idempotencyKey: String) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": types.FieldOrderDocumentAddDocument,
    "\n  fragment StoredFileItem on StoredFile {\n    id\n    fileName\n    contentType\n    size\n    url\n    createdAt\n  }\n": types.StoredFileItemFragmentDoc,
    "\n  query OrderDocuments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      documentCount\n      documents {\n        id\n        createdAt\n        file {\n          ...StoredFileItem\n        }\n        uploadedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.OrderDocumentsDocument,
    "\n  mutation OrderDocumentAdd($orderId: ID!, $fileId: ID!) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId) {\n      id\n    }\n  }\n": types.OrderDocumentAddDocument,
    "\n  mutation OrderDocumentDelete($id: ID!) {\n    orderDocumentDelete(id: $id) {\n      id\n      revision\n      documentCount\n    }\n  }\n": types.OrderDocumentDeleteDocument,
    "\n  fragment IncidentListItem on Incident {\n    id\n    number\n    title\n    status\n    updatedAt\n    plannedEndAt\n    orderCount\n    openOrderCount\n    service {\n      id\n      name\n    }\n    responsible {\n      id\n      fullName\n    }\n    scope {\n      building {\n        id\n        address\n      }\n    }\n  }\n": types.IncidentListItemFragmentDoc,
    "\n  query Incidents($statuses: [IncidentStatus!], $search: String, $first: Int, $after: String) {\n    incidents(statuses: $statuses, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...IncidentListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    incidentCounts(search: $search) {\n      status\n      count\n    }\n  }\n": types.IncidentsDocument,
    "\n  query IncidentCard($id: ID!) {\n    incident(id: $id) {\n      ...IncidentListItem\n      description\n      statusComment\n      version\n      plannedStartAt\n      createdAt\n      closedAt\n      allowedStatuses\n      open\n      department {\n        id\n        name\n      }\n      scope {\n        building {\n          id\n          address\n        }\n        premises {\n          id\n          number\n        }\n      }\n      orders(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          status\n          building {\n            id\n            address\n          }\n          premise {\n            id\n            number\n          }\n          client {\n            id\n            fullName\n          }\n        }\n      }\n      history {\n        id\n        kind\n        createdAt\n        fromStatus\n        toStatus\n        statusComment\n        ordersMoved\n        orderNumbers\n        automatic\n        actor {\n          kind\n          employee {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.IncidentCardDocument,
    "\n  query IncidentFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IncidentFormOptionsDocument,
    "\n  query IncidentScopePremises($buildingId: ID!, $after: String) {\n    premises(buildingId: $buildingId, first: 100, after: $after) {\n      nodes {\n        id\n        number\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IncidentScopePremisesDocument,
    "\n  mutation IncidentUpdate($input: IncidentUpdateInput!) {\n    incidentUpdate(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": types.IncidentUpdateDocument,
    "\n  query OpenIncidents {\n    incidents(statuses: [OPEN, IN_PROGRESS, PAUSED], first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          service {\n            id\n          }\n          scope {\n            building {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OpenIncidentsDocument,
    "\n  mutation IncidentCreate($input: IncidentCreateInput!) {\n    incidentCreate(input: $input) {\n      id\n      number\n    }\n  }\n": types.IncidentCreateDocument,
    "\n  mutation IncidentManage($input: IncidentManageInput!) {\n    incidentManage(input: $input) {\n      id\n      status\n      statusComment\n      version\n      updatedAt\n    }\n  }\n": types.IncidentManageDocument,
    "\n  mutation OrderIncidentAttach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n": types.OrderIncidentAttachDocument,
    "\n  mutation OrderIncidentDetach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentDetach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n": types.OrderIncidentDetachDocument,
    "\n  subscription IncidentChanged {\n    incidentChanged {\n      ...IncidentListItem\n    }\n  }\n": types.IncidentChangedDocument,
    "\n  subscription IncidentCountsChanged {\n    incidentCountsChanged {\n      status\n      count\n    }\n  }\n": types.IncidentCountsChangedDocument,
    "\n  fragment IntegrationTokenItem on IntegrationToken {\n    id\n    name\n    createdAt\n    revokedAt\n  }\n": types.IntegrationTokenItemFragmentDoc,
    "\n  query IntegrationTokens {\n    integrationTokens {\n      ...IntegrationTokenItem\n    }\n  }\n": types.IntegrationTokensDocument,
    "\n  mutation IntegrationTokenCreate($name: String!) {\n    integrationTokenCreate(name: $name) {\n      token\n      integrationToken {\n        ...IntegrationTokenItem\n      }\n    }\n  }\n": types.IntegrationTokenCreateDocument,
    "\n  mutation IntegrationTokenRevoke($id: ID!) {\n    integrationTokenRevoke(id: $id) {\n      ...IntegrationTokenItem\n    }\n  }\n": types.IntegrationTokenRevokeDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    state\n    total\n    version\n    issuedAt\n    markedPaidAt\n    paidAt\n    actions\n    issuedBy {\n      id\n      fullName\n    }\n    markedPaidBy {\n      id\n      fullName\n    }\n    lines {\n      id\n      name\n      unit\n      unitPrice\n      quantity\n      discountPercent\n      total\n      priceListItemId\n    }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  fragment OrderInvoiceBlock on Order {\n    id\n    service {\n      id\n      kind\n    }\n    invoice {\n      ...InvoiceFields\n    }\n  }\n": types.OrderInvoiceBlockFragmentDoc,
    "\n  query InvoicePriceList($serviceId: ID!) {\n    service(id: $serviceId) {\n      id\n      priceList {\n        id\n        name\n        unit\n        unitPrice\n        active\n      }\n    }\n  }\n": types.InvoicePriceListDocument,
    "\n  mutation InvoiceCreate($orderId: ID!) {\n    invoiceCreate(orderId: $orderId) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceCreateDocument,
    "\n  mutation InvoiceLineAdd($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceLineAddDocument,
    "\n  mutation InvoiceLineUpdate($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceLineUpdateDocument,
    "\n  mutation InvoiceLineRemove($lineId: ID!, $version: Int!) {\n    invoiceLineRemove(lineId: $lineId, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceLineRemoveDocument,
    "\n  mutation InvoiceIssue($id: ID!, $version: Int!) {\n    invoiceIssue(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceIssueDocument,
    "\n  mutation InvoiceMarkPaid($id: ID!, $version: Int!) {\n    invoiceMarkPaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceMarkPaidDocument,
    "\n  mutation InvoiceMakeUnpaid($id: ID!, $version: Int!) {\n    invoiceMakeUnpaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceMakeUnpaidDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    orderId\n    orderNumber\n    title\n    body\n    createdAt\n    read\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationsUnreadCount\n  }\n": types.NotificationsDocument,
    "\n  query NotificationsUnreadCount {\n    notificationsUnreadCount\n  }\n": types.NotificationsUnreadCountDocument,
    "\n  mutation NotificationMarkRead($id: ID!) {\n    notificationMarkRead(id: $id) {\n      ...NotificationItem\n    }\n  }\n": types.NotificationMarkReadDocument,
    "\n  mutation NotificationsMarkAllRead {\n    notificationsMarkAllRead\n  }\n": types.NotificationsMarkAllReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment QuarterItem on Quarter {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n": types.QuarterItemFragmentDoc,
    "\n  fragment ObjectGroupItem on ObjectGroup {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n": types.ObjectGroupItemFragmentDoc,
    "\n  query QuartersAdmin {\n    quarters {\n      ...QuarterItem\n    }\n  }\n": types.QuartersAdminDocument,
    "\n  query ObjectGroupsAdmin {\n    objectGroups {\n      ...ObjectGroupItem\n    }\n  }\n": types.ObjectGroupsAdminDocument,
    "\n  mutation QuarterCreate($input: ObjectGroupingCreateInput!) {\n    quarterCreate(input: $input) {\n      ...QuarterItem\n    }\n  }\n": types.QuarterCreateDocument,
    "\n  mutation QuarterUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    quarterUpdate(id: $id, input: $input) {\n      ...QuarterItem\n    }\n  }\n": types.QuarterUpdateDocument,
    "\n  mutation ObjectGroupCreate($input: ObjectGroupingCreateInput!) {\n    objectGroupCreate(input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n": types.ObjectGroupCreateDocument,
    "\n  mutation ObjectGroupUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    objectGroupUpdate(id: $id, input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n": types.ObjectGroupUpdateDocument,
    "\n  query AdministratorOptions($search: String) {\n    employees(search: $search, active: true, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n": types.AdministratorOptionsDocument,
    "\n  fragment LegalEntityItem on LegalEntity {\n    id\n    name\n    version\n    inn\n    kpp\n    ogrn\n    address\n    phone\n    email\n    bankName\n    bik\n    settlementAccount\n    correspondentAccount\n  }\n": types.LegalEntityItemFragmentDoc,
    "\n  query LegalEntitiesAdmin {\n    legalEntities {\n      ...LegalEntityItem\n    }\n  }\n": types.LegalEntitiesAdminDocument,
    "\n  mutation LegalEntityCreate($input: LegalEntityCreateInput!) {\n    legalEntityCreate(input: $input) {\n      ...LegalEntityItem\n    }\n  }\n": types.LegalEntityCreateDocument,
    "\n  mutation LegalEntityUpdate($id: ID!, $input: LegalEntityUpdateInput!) {\n    legalEntityUpdate(id: $id, input: $input) {\n      ...LegalEntityItem\n    }\n  }\n": types.LegalEntityUpdateDocument,
    "\n  fragment OrderBrief on Order {\n    id\n    number\n    status\n    createdAt\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n  }\n": types.OrderBriefFragmentDoc,
    "\n  fragment OrderInfoBlock on Order {\n    id\n    version\n    status\n    baseDataLocked\n    channel\n    description\n    createdAt\n    reactionDueAt\n    firstInProgressAt\n    executionDueAt\n    service {\n      ...ServiceOption\n    }\n    building {\n      ...BuildingOption\n    }\n    premise {\n      ...PremiseOption\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n      note\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    createdBy {\n      kind\n      employee {\n        id\n        fullName\n      }\n    }\n  }\n": types.OrderInfoBlockFragmentDoc,
    "\n  fragment OrderClientBlock on Order {\n    client {\n      id\n      fullName\n      phone\n      avatarUrl\n      tags\n      note\n      lastAppLoginAt\n    }\n    premise {\n      ...PremiseOption\n    }\n  }\n": types.OrderClientBlockFragmentDoc,
    "\n  fragment OrderChatBlock on Order {\n    id\n  }\n": types.OrderChatBlockFragmentDoc,
    "\n  fragment OrderDocumentsBlock on Order {\n    id\n    revision\n  }\n": types.OrderDocumentsBlockFragmentDoc,
    "\n  fragment OrderManageBlock on Order {\n    id\n    version\n    status\n    statusComment\n    resumeBy\n    allowedStatuses\n    service {\n      id\n      maxExecutors\n    }\n    department {\n      id\n      name\n    }\n    executors {\n      id\n      fullName\n      position\n    }\n  }\n": types.OrderManageBlockFragmentDoc,
    "\n  fragment OrderOrganizationBlock on Order {\n    id\n    building {\n      id\n    }\n  }\n": types.OrderOrganizationBlockFragmentDoc,
    "\n  fragment OrderRatingBlock on Order {\n    status\n    rating {\n      score\n      comment\n      ratedAt\n      cycle\n      forLastCompletion\n    }\n    ratings {\n      score\n      comment\n      ratedAt\n      cycle\n    }\n  }\n": types.OrderRatingBlockFragmentDoc,
    "\n  fragment OrderChecklistBlock on Order {\n    id\n    status\n    service {\n      id\n      checklistRequiredToClose\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n  }\n": types.OrderChecklistBlockFragmentDoc,
    "\n  fragment OrderHistoryBlock on Order {\n    formAnswers {\n      key\n      label\n    }\n    history {\n      id\n      kind\n      createdAt\n      viaIncidentId\n      fromStatus\n      toStatus\n      statusComment\n      dueAt\n      score\n      ratingComment\n      fileName\n      checklistItemTitle\n      checklistNote\n      invoiceAction\n      invoiceTotal\n      invoiceLineName\n      refundAction\n      refundAmount\n      refundSettlement\n      refundReason\n      actor {\n        kind\n        employee {\n          id\n          fullName\n        }\n      }\n      executors {\n        id\n        fullName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": types.OrderHistoryBlockFragmentDoc,
    "\n  fragment OrderCard on Order {\n    ...OrderListItem\n    incidentId\n    incident {\n      id\n      number\n      title\n    }\n    suggestedIncident {\n      id\n      number\n      title\n    }\n    doneAt\n    slaReaction\n    slaExecution\n    importantCommentUnseen\n    ...OrderInfoBlock\n    ...OrderClientBlock\n    ...OrderChatBlock\n    ...OrderDocumentsBlock\n    ...OrderInvoiceBlock\n    ...OrderManageBlock\n    ...OrderOrganizationBlock\n    ...OrderRatingBlock\n    ...OrderChecklistBlock\n    ...OrderHistoryBlock\n  }\n": types.OrderCardFragmentDoc,
    "\n  query OrderByNumber($number: Int!) {\n    orderByNumber(number: $number) {\n      ...OrderCard\n    }\n  }\n": types.OrderByNumberDocument,
    "\n  subscription OrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...OrderCard\n    }\n  }\n": types.OrderUpdatedDocument,
    "\n  mutation OrderMarkSeen($id: ID!) {\n    orderMarkSeen(id: $id) {\n      ...OrderCard\n    }\n  }\n": types.OrderMarkSeenDocument,
    "\n  mutation OrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...OrderCard\n    }\n  }\n": types.OrderManageDocument,
    "\n  mutation OrderUpdate($input: OrderUpdateInput!) {\n    orderUpdate(input: $input) {\n      ...OrderCard\n    }\n  }\n": types.OrderUpdateDocument,
    "\n  query OrderExecutorCandidates($departmentId: ID!) {\n    orderExecutorCandidates(departmentId: $departmentId) {\n      openOrders\n      workload\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.OrderExecutorCandidatesDocument,
    "\n  query OrderDepartments {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrderDepartmentsDocument,
    "\n  fragment OrderComment on OrderComment {\n    id\n    text\n    important\n    createdAt\n    author {\n      id\n      fullName\n      position\n      avatarUrl\n    }\n  }\n": types.OrderCommentFragmentDoc,
    "\n  query OrderComments($id: ID!) {\n    order(id: $id) {\n      id\n      comments {\n        ...OrderComment\n      }\n    }\n  }\n": types.OrderCommentsDocument,
    "\n  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {\n    orderCommentCreate(input: $input) {\n      ...OrderComment\n    }\n  }\n": types.OrderCommentCreateDocument,
    "\n  subscription OrderCommentAdded($orderId: ID!) {\n    orderCommentAdded(orderId: $orderId) {\n      ...OrderComment\n    }\n  }\n": types.OrderCommentAddedDocument,
    "\n  fragment BuildingOption on Building {\n    id\n    address\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n": types.BuildingOptionFragmentDoc,
    "\n  fragment PremiseOption on Premise {\n    id\n    number\n    personalAccount\n    tags\n    note\n    utilityBalance\n  }\n": types.PremiseOptionFragmentDoc,
    "\n  fragment ClientOption on Client {\n    id\n    fullName\n    phone\n    tags\n    note\n    premises {\n      premise {\n        ...PremiseOption\n        building {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n": types.ClientOptionFragmentDoc,
    "\n  fragment ServiceOption on Service {\n    id\n    name\n    kind\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": types.ServiceOptionFragmentDoc,
    "\n  query BuildingOptions($search: String) {\n    buildings(search: $search, first: 30) {\n      edges {\n        node {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n": types.BuildingOptionsDocument,
    "\n  query PremiseOptions($buildingId: ID!, $search: String) {\n    premises(buildingId: $buildingId, search: $search, first: 30) {\n      edges {\n        node {\n          ...PremiseOption\n        }\n      }\n    }\n  }\n": types.PremiseOptionsDocument,
    "\n  query PremiseClients($id: ID!) {\n    premise(id: $id) {\n      id\n      clients {\n        ...ClientOption\n      }\n    }\n  }\n": types.PremiseClientsDocument,
    "\n  query ClientOptions($search: String) {\n    clients(search: $search, first: 30) {\n      edges {\n        node {\n          ...ClientOption\n        }\n      }\n    }\n  }\n": types.ClientOptionsDocument,
    "\n  query ServiceOptions($search: String) {\n    services(search: $search, active: true, first: 30) {\n      edges {\n        node {\n          ...ServiceOption\n        }\n      }\n    }\n  }\n": types.ServiceOptionsDocument,
    "\n  mutation OrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n    }\n  }\n": types.OrderCreateDocument,
    "\n  fragment OrderListItem on Order {\n    id\n    number\n    status\n    channel\n    labels\n    refundSummary {\n      decision\n      settlement\n      amount\n    }\n    createdAt\n    updatedAt\n    executionDueAt\n    version\n    revision\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n    client {\n      id\n      fullName\n      phone\n    }\n    executors {\n      id\n      fullName\n    }\n    department {\n      id\n      name\n    }\n    rating {\n      score\n      comment\n    }\n    incident {\n      id\n      number\n    }\n    invoice {\n      id\n      state\n      total\n    }\n  }\n": types.OrderListItemFragmentDoc,
    "\n  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {\n    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      edges {\n        cursor\n        node {\n          ...OrderListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderListItem\n    }\n  }\n": types.OrderChangedDocument,
    "\n  query OrdersNewCount {\n    ordersNewCount\n  }\n": types.OrdersNewCountDocument,
    "\n  subscription OrdersNewCountChanged {\n    ordersNewCountChanged\n  }\n": types.OrdersNewCountChangedDocument,
    "\n  subscription OrderTabCountsChanged {\n    orderTabCountsChanged {\n      new\n      all\n      allExact\n    }\n  }\n": types.OrderTabCountsChangedDocument,
    "\n  fragment OrderFilterFields on OrderFilter {\n    statuses\n    serviceIds\n    departmentIds\n    executorIds\n    channels\n    buildingIds\n    quarterIds\n    objectGroupIds\n    createdFrom\n    createdTo\n    updatedFrom\n    updatedTo\n    slaBreached\n    labels\n    ratingScores\n    unrated\n    incident\n  }\n": types.OrderFilterFieldsFragmentDoc,
    "\n  query OrderListPreferences($list: OrderList!) {\n    orderListPreferences(list: $list) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n": types.OrderListPreferencesDocument,
    "\n  mutation OrderListPreferencesSave($list: OrderList!, $filter: OrderFilterInput, $columns: [OrderColumn!]) {\n    orderListPreferencesSave(list: $list, filter: $filter, columns: $columns) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n": types.OrderListPreferencesSaveDocument,
    "\n  query OrderFilterOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    employees(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          active\n        }\n      }\n    }\n    buildings(first: 100) {\n      edges {\n        node {\n          id\n          address\n        }\n      }\n    }\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n  }\n": types.OrderFilterOptionsDocument,
    "\n  fragment Administrator on Employee {\n    id\n    fullName\n    position\n    phone\n    email\n  }\n": types.AdministratorFragmentDoc,
    "\n  query OrderOrganization($orderId: ID!) {\n    organization {\n      id\n      name\n      phone\n      email\n      address\n    }\n    order(id: $orderId) {\n      id\n      building {\n        id\n        quarter {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n        objectGroup {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n      }\n    }\n  }\n": types.OrderOrganizationDocument,
    "\n  query PaletteOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n      service {\n        id\n        name\n      }\n      building {\n        id\n        address\n      }\n      premise {\n        id\n        number\n      }\n    }\n  }\n": types.PaletteOrderDocument,
    "\n  query PaletteClients($search: String!, $first: Int!) {\n    clients(search: $search, first: $first) {\n      nodes {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": types.PaletteClientsDocument,
    "\n  query OrderPayments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      invoice {\n        id\n        state\n        total\n        paidAt\n        markedPaidAt\n        lines {\n          id\n          name\n          unit\n          quantity\n          total\n        }\n        payments {\n          id\n          state\n          amount\n          succeededAt\n        }\n        refunds {\n          id\n          kind\n          decision\n          settlement\n          amount\n          reason\n          decisionReason\n          requestedByResident\n          failureReason\n          createdAt\n          lines {\n            invoiceLineId\n            name\n            unit\n            quantity\n            amount\n          }\n          createdBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.OrderPaymentsDocument,
    "\n  mutation RefundCreate($input: RefundCreateInput!) {\n    refundCreate(input: $input) {\n      id\n      settlement\n      amount\n    }\n  }\n": types.RefundCreateDocument,
    "\n  mutation RefundConfirm($id: ID!) {\n    refundConfirm(id: $id) {\n      id\n      decision\n      settlement\n    }\n  }\n": types.RefundConfirmDocument,
    "\n  mutation RefundReject($id: ID!, $reason: String!) {\n    refundReject(id: $id, reason: $reason) {\n      id\n      decision\n    }\n  }\n": types.RefundRejectDocument,
    "\n  mutation InvoiceDocuments($orderId: ID!) {\n    invoiceDocuments(orderId: $orderId) {\n      contractUrl\n      actUrl\n    }\n  }\n": types.InvoiceDocumentsDocument,
    "\n  query PremisePopover($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n    }\n  }\n": types.PremisePopoverDocument,
    "\n  query PremiseCard($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n      clients {\n        id\n        fullName\n        phone\n        tags\n      }\n    }\n  }\n": types.PremiseCardDocument,
    "\n  query PremiseOrders($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PremiseOrdersDocument,
    "\n  query PremiseActivity($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PremiseActivityDocument,
    "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      address\n      premisesCount\n      quarter {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      objectGroup {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      legalEntity {\n        id\n        name\n      }\n    }\n  }\n": types.BuildingCardDocument,
    "\n  query BuildingPremises($buildingId: ID!, $search: String, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          personalAccount\n          utilityBalance\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingPremisesDocument,
    "\n  query BuildingOrders($filter: OrderFilterInput!, $first: Int, $after: String) {\n    orders(tab: ALL, filter: $filter, first: $first, after: $after, sort: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderBrief\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingOrdersDocument,
    "\n  query BuildingIncidents($buildingId: ID!, $statuses: [IncidentStatus!], $first: Int, $after: String) {\n    incidents(buildingId: $buildingId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          plannedEndAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BuildingIncidentsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": types.PushPublicKeyDocument,
    "\n  mutation PushSubscriptionRegister($input: PushSubscriptionInput!) {\n    pushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n": types.PushSubscriptionRegisterDocument,
    "\n  mutation PushSubscriptionUnregister($endpoint: String!) {\n    pushSubscriptionUnregister(endpoint: $endpoint)\n  }\n": types.PushSubscriptionUnregisterDocument,
    "\n  mutation ResidentPushSubscriptionRegister($input: PushSubscriptionInput!) {\n    residentPushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n": types.ResidentPushSubscriptionRegisterDocument,
    "\n  mutation ResidentPushSubscriptionUnregister($endpoint: String!) {\n    residentPushSubscriptionUnregister(endpoint: $endpoint)\n  }\n": types.ResidentPushSubscriptionUnregisterDocument,
    "\n  fragment ReportExportItem on ReportExport {\n    id\n    state\n    totalRows\n    rowsWritten\n    error\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n": types.ReportExportItemFragmentDoc,
    "\n  query OrderReportFields {\n    orderReportFields {\n      available {\n        field\n        title\n      }\n      selected\n    }\n  }\n": types.OrderReportFieldsDocument,
    "\n  mutation OrderReportCreate($input: OrderReportCreateInput!) {\n    orderReportCreate(input: $input) {\n      ...ReportExportItem\n    }\n  }\n": types.OrderReportCreateDocument,
    "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      ...ReportExportItem\n    }\n  }\n": types.ReportExportDocument,
    "\n  subscription ReportExportUpdated($id: ID!) {\n    reportExportUpdated(id: $id) {\n      ...ReportExportItem\n    }\n  }\n": types.ReportExportUpdatedDocument,
    "\n  mutation ResidentCodeRequest($phone: String!) {\n    residentCodeRequest(phone: $phone) {\n      phone\n      resendAfter\n    }\n  }\n": types.ResidentCodeRequestDocument,
    "\n  mutation ResidentLogin($phone: String!, $code: String!, $organizationId: ID) {\n    residentLogin(phone: $phone, code: $code, organizationId: $organizationId) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": types.ResidentLoginDocument,
    "\n  query ResidentMe {\n    me {\n      kind\n      organization {\n        id\n        name\n        timeZone\n      }\n      client {\n        id\n        fullName\n        phone\n        email\n        premises {\n          isOwner\n          premise {\n            id\n            number\n            personalAccount\n            utilityBalance\n            building {\n              id\n              address\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ResidentMeDocument,
    "\n  fragment ResidentServiceItem on ResidentService {\n    id\n    name\n    description\n    kind\n    residentMayReopen\n    refundsAllowed\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n": types.ResidentServiceItemFragmentDoc,
    "\n  query ResidentServices($search: String, $after: String) {\n    residentServices(search: $search, first: 100, after: $after) {\n      nodes {\n        ...ResidentServiceItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResidentServicesDocument,
    "\n  fragment ResidentOrderRow on ResidentOrder {\n    id\n    number\n    status\n    createdAt\n    updatedAt\n    revision\n    chatUnreadCount\n    canRate\n    service {\n      id\n      name\n    }\n    premise {\n      id\n      number\n    }\n    building {\n      id\n      address\n    }\n    executors {\n      id\n      firstName\n    }\n    rating {\n      score\n    }\n  }\n": types.ResidentOrderRowFragmentDoc,
    "\n  query ResidentOrders($after: String) {\n    residentOrders(first: 25, after: $after) {\n      nodes {\n        ...ResidentOrderRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResidentOrdersDocument,
    "\n  subscription ResidentOrderChanged {\n    residentOrderChanged {\n      ...ResidentOrderRow\n    }\n  }\n": types.ResidentOrderChangedDocument,
    "\n  query ResidentIncidentNotices {\n    residentIncidentNotices {\n      id\n      title\n      plannedEndAt\n    }\n  }\n": types.ResidentIncidentNoticesDocument,
    "\n  fragment ResidentOrderCard on ResidentOrder {\n    ...ResidentOrderRow\n    version\n    description\n    doneAt\n    channel\n    allowedStatuses\n    chatAvailable\n    service {\n      id\n      name\n      kind\n      residentMayReopen\n      refundsAllowed\n    }\n    responsible {\n      id\n      firstName\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    rating {\n      score\n      comment\n      ratedAt\n      forLastCompletion\n    }\n    invoice {\n      id\n      state\n      total\n      issuedAt\n      paidAt\n      lines {\n        id\n        name\n        quantity\n        unit\n        unitPrice\n        discountPercent\n        total\n        refundableQuantity\n      }\n      payment {\n        id\n        state\n      }\n      refunds {\n        id\n        kind\n        decision\n        settlement\n        amount\n        reason\n        decisionReason\n        requestedByResident\n        createdAt\n        settledAt\n      }\n    }\n  }\n": types.ResidentOrderCardFragmentDoc,
    "\n  query ResidentOrderByNumber($number: Int!) {\n    residentOrderByNumber(number: $number) {\n      ...ResidentOrderCard\n    }\n  }\n": types.ResidentOrderByNumberDocument,
    "\n  subscription ResidentOrderUpdated($id: ID!) {\n    residentOrderUpdated(id: $id) {\n      ...ResidentOrderCard\n    }\n  }\n": types.ResidentOrderUpdatedDocument,
    "\n  mutation ResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      ...ResidentOrderRow\n    }\n  }\n": types.ResidentOrderCreateDocument,
    "\n  mutation ResidentOrderStatusChange($input: ResidentOrderStatusInput!) {\n    residentOrderStatusChange(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n": types.ResidentOrderStatusChangeDocument,
    "\n  mutation ResidentOrderRate($input: OrderRateInput!) {\n    orderRate(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n": types.ResidentOrderRateDocument,
    "\n  mutation ResidentInvoicePay($orderId: ID!, $returnPath: String) {\n    residentInvoicePay(orderId: $orderId, returnPath: $returnPath) {\n      id\n      state\n      confirmationUrl\n    }\n  }\n": types.ResidentInvoicePayDocument,
    "\n  mutation ResidentRefundRequest($input: ResidentRefundRequestInput!) {\n    residentRefundRequest(input: $input) {\n      id\n      decision\n      amount\n    }\n  }\n": types.ResidentRefundRequestDocument,
    "\n  fragment ResidentChatMessageItem on ResidentChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": types.ResidentChatMessageItemFragmentDoc,
    "\n  query ResidentChat($id: ID!) {\n    residentOrder(id: $id) {\n      id\n      chatAvailable\n      chatMessages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n": types.ResidentChatDocument,
    "\n  subscription ResidentChatMessageChanged($orderId: ID!) {\n    residentChatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n": types.ResidentChatMessageChangedDocument,
    "\n  mutation ResidentChatMessageSend($orderId: ID!, $text: String, $fileId: ID, $idempotencyKey: String) {\n    residentChatMessageSend(orderId: $orderId, text: $text, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      ...ResidentChatMessageItem\n    }\n  }\n": types.ResidentChatMessageSendDocument,
    "\n  mutation ResidentChatMessageEdit($id: ID!, $text: String!) {\n    residentChatMessageEdit(id: $id, text: $text) {\n      ...ResidentChatMessageItem\n    }\n  }\n": types.ResidentChatMessageEditDocument,
    "\n  mutation ResidentChatMessageDelete($id: ID!) {\n    residentChatMessageDelete(id: $id) {\n      ...ResidentChatMessageItem\n    }\n  }\n": types.ResidentChatMessageDeleteDocument,
    "\n  mutation ResidentChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    residentChatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n": types.ResidentChatMarkReadDocument,
    "\n  fragment RoleListItem on Role {\n    id\n    name\n    description\n    permissions\n    employeeCount\n    version\n  }\n": types.RoleListItemFragmentDoc,
    "\n  fragment RoleDetails on Role {\n    ...RoleListItem\n    notificationSettings {\n      newOrders\n      serviceIds\n      departmentIds\n      chatMessages\n      importantComments\n      refundRequests\n    }\n  }\n": types.RoleDetailsFragmentDoc,
    "\n  query Roles($first: Int, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RoleListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleDetails\n    }\n  }\n": types.RoleDocument,
    "\n  query RoleHolders($roleId: ID!, $first: Int, $after: String) {\n    employees(roleId: $roleId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          position\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RoleHoldersDocument,
    "\n  query RoleFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RoleFormOptionsDocument,
    "\n  mutation RoleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) {\n      ...RoleDetails\n    }\n  }\n": types.RoleCreateDocument,
    "\n  mutation RoleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) {\n      ...RoleDetails\n    }\n  }\n": types.RoleUpdateDocument,
    "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n": types.ServiceListItemFragmentDoc,
    "\n  fragment PriceListItemRow on PriceListItem {\n    id\n    name\n    unit\n    unitPrice\n    active\n    position\n  }\n": types.PriceListItemRowFragmentDoc,
    "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    checklistRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n    checklistTemplate {\n      title\n      required\n      photoRequired\n      noteRequired\n    }\n    priceList {\n      ...PriceListItemRow\n    }\n  }\n": types.ServiceDetailsFragmentDoc,
    "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceDocument,
    "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ServiceFormOptionsDocument,
    "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n": types.ServiceUpdatedDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n": types.ServiceUpdateDocument,
    "\n  mutation PriceListItemCreate($serviceId: ID!, $input: PriceListItemCreateInput!) {\n    priceListItemCreate(serviceId: $serviceId, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n": types.PriceListItemCreateDocument,
    "\n  mutation PriceListItemUpdate($id: ID!, $input: PriceListItemUpdateInput!) {\n    priceListItemUpdate(id: $id, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n": types.PriceListItemUpdateDocument,
    "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthLogout {\n    authLogout\n  }\n": types.AuthLogoutDocument,
    "\n  subscription AccessChanged {\n    accessChanged\n  }\n": types.AccessChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryOrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryOrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      id\n      number\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuildingListItem on Building {\n    id\n    address\n    version\n    archivedAt\n    premisesCount\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BuildingListItem on Building {\n    id\n    address\n    version\n    archivedAt\n    premisesCount\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Buildings($search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    buildings(search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BuildingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Buildings($search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    buildings(search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BuildingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingAdmin($id: ID!) {\n    building(id: $id) {\n      ...BuildingListItem\n    }\n  }\n"): (typeof documents)["\n  query BuildingAdmin($id: ID!) {\n    building(id: $id) {\n      ...BuildingListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingFormOptions {\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n    legalEntities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BuildingFormOptions {\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n    legalEntities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildingCreate($input: BuildingCreateInput!) {\n    buildingCreate(input: $input) {\n      ...BuildingListItem\n    }\n  }\n"): (typeof documents)["\n  mutation BuildingCreate($input: BuildingCreateInput!) {\n    buildingCreate(input: $input) {\n      ...BuildingListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildingUpdate($id: ID!, $input: BuildingUpdateInput!) {\n    buildingUpdate(id: $id, input: $input) {\n      ...BuildingListItem\n    }\n  }\n"): (typeof documents)["\n  mutation BuildingUpdate($id: ID!, $input: BuildingUpdateInput!) {\n    buildingUpdate(id: $id, input: $input) {\n      ...BuildingListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PremiseListItem on Premise {\n    id\n    number\n    version\n    archivedAt\n    personalAccount\n    tags\n    note\n  }\n"): (typeof documents)["\n  fragment PremiseListItem on Premise {\n    id\n    number\n    version\n    archivedAt\n    personalAccount\n    tags\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingPremisesAdmin($buildingId: ID!, $search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PremiseListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingPremisesAdmin($buildingId: ID!, $search: String, $archived: Boolean! = false, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, archived: $archived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PremiseListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremiseCreate($input: PremiseCreateInput!) {\n    premiseCreate(input: $input) {\n      ...PremiseListItem\n    }\n  }\n"): (typeof documents)["\n  mutation PremiseCreate($input: PremiseCreateInput!) {\n    premiseCreate(input: $input) {\n      ...PremiseListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremiseUpdate($id: ID!, $input: PremiseUpdateInput!) {\n    premiseUpdate(id: $id, input: $input) {\n      ...PremiseListItem\n    }\n  }\n"): (typeof documents)["\n  mutation PremiseUpdate($id: ID!, $input: PremiseUpdateInput!) {\n    premiseUpdate(id: $id, input: $input) {\n      ...PremiseListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremisesImportPreview($fileId: ID!, $buildingId: ID) {\n    premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {\n      fileId\n      fileName\n      totalRows\n      errorRows\n      createCount\n      updateCount\n      unchangedCount\n      rows {\n        rowNumber\n        buildingAddress\n        number\n        personalAccount\n        tags\n        note\n        action\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PremisesImportPreview($fileId: ID!, $buildingId: ID) {\n    premisesImportPreview(fileId: $fileId, buildingId: $buildingId) {\n      fileId\n      fileName\n      totalRows\n      errorRows\n      createCount\n      updateCount\n      unchangedCount\n      rows {\n        rowNumber\n        buildingAddress\n        number\n        personalAccount\n        tags\n        note\n        action\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremisesImportApply($fileId: ID!, $buildingId: ID, $skipInvalidRows: Boolean) {\n    premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skipInvalidRows) {\n      created\n      updated\n      unchanged\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation PremisesImportApply($fileId: ID!, $buildingId: ID, $skipInvalidRows: Boolean) {\n    premisesImportApply(fileId: $fileId, buildingId: $buildingId, skipInvalidRows: $skipInvalidRows) {\n      created\n      updated\n      unchanged\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremisesExport($buildingId: ID, $format: PremisesExportFormat) {\n    premisesExport(buildingId: $buildingId, format: $format) {\n      id\n      fileName\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation PremisesExport($buildingId: ID, $format: PremisesExportFormat) {\n    premisesExport(buildingId: $buildingId, format: $format) {\n      id\n      fileName\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRow on Call {\n    id\n    direction\n    status\n    callerNumber\n    calleeNumber\n    clientNumber\n    startedAt\n    answeredAt\n    durationSeconds\n    employee {\n      id\n      fullName\n    }\n    recording {\n      id\n      url\n      contentType\n    }\n    clients {\n      client {\n        id\n        fullName\n      }\n    }\n    orders {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CallRow on Call {\n    id\n    direction\n    status\n    callerNumber\n    calleeNumber\n    clientNumber\n    startedAt\n    answeredAt\n    durationSeconds\n    employee {\n      id\n      fullName\n    }\n    recording {\n      id\n      url\n      contentType\n    }\n    clients {\n      client {\n        id\n        fullName\n      }\n    }\n    orders {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls(\n    $first: Int\n    $after: String\n    $direction: CallDirection\n    $missed: Boolean\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $employeeId: ID\n    $linked: Boolean\n    $search: String\n  ) {\n    calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calls(\n    $first: Int\n    $after: String\n    $direction: CallDirection\n    $missed: Boolean\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $employeeId: ID\n    $linked: Boolean\n    $search: String\n  ) {\n    calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallEmployees {\n    employees(first: 200, active: true) {\n      nodes {\n        id\n        fullName\n        extension\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallEmployees {\n    employees(first: 200, active: true) {\n      nodes {\n        id\n        fullName\n        extension\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallJournalChanged {\n    callJournalChanged {\n      call {\n        ...CallRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CallJournalChanged {\n    callJournalChanged {\n      call {\n        ...CallRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScreenPop {\n    callChanged {\n      call {\n        id\n        direction\n        status\n        clientNumber\n        callerNumber\n        startedAt\n        orders {\n          id\n          number\n        }\n        clients {\n          openOrders\n          client {\n            id\n            fullName\n            phone\n            premises {\n              premise {\n                id\n                number\n                utilityBalance\n                building {\n                  id\n                  address\n                }\n              }\n            }\n            orders(first: 20) {\n              nodes {\n                id\n                number\n                status\n                service {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ScreenPop {\n    callChanged {\n      call {\n        id\n        direction\n        status\n        clientNumber\n        callerNumber\n        startedAt\n        orders {\n          id\n          number\n        }\n        clients {\n          openOrders\n          client {\n            id\n            fullName\n            phone\n            premises {\n              premise {\n                id\n                number\n                utilityBalance\n                building {\n                  id\n                  address\n                }\n              }\n            }\n            orders(first: 20) {\n              nodes {\n                id\n                number\n                status\n                service {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallForNewOrder($id: ID!) {\n    call(id: $id) {\n      id\n      direction\n      clientNumber\n      clients {\n        client {\n          ...ClientOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallForNewOrder($id: ID!) {\n    call(id: $id) {\n      id\n      direction\n      clientNumber\n      clients {\n        client {\n          ...ClientOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderCalls($id: ID!) {\n    order(id: $id) {\n      id\n      calls {\n        ...CallRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderCalls($id: ID!) {\n    order(id: $id) {\n      id\n      calls {\n        ...CallRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOrdersForCall($id: ID!) {\n    client(id: $id) {\n      id\n      orders(first: 20) {\n        nodes {\n          id\n          number\n          status\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOrdersForCall($id: ID!) {\n    client(id: $id) {\n      id\n      orders(first: 20) {\n        nodes {\n          id\n          number\n          status\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderByNumberForCall($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  query OrderByNumberForCall($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallOrderLink($callId: ID!, $orderId: ID!) {\n    callOrderLink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n"): (typeof documents)["\n  mutation CallOrderLink($callId: ID!, $orderId: ID!) {\n    callOrderLink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallOrderUnlink($callId: ID!, $orderId: ID!) {\n    callOrderUnlink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n"): (typeof documents)["\n  mutation CallOrderUnlink($callId: ID!, $orderId: ID!) {\n    callOrderUnlink(callId: $callId, orderId: $orderId) {\n      ...CallRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageItem on ChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessageItem on ChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduledMessageItem on ScheduledMessage {\n    id\n    orderId\n    text\n    sendAt\n    author {\n      id\n      fullName\n    }\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduledMessageItem on ScheduledMessage {\n    id\n    orderId\n    text\n    sendAt\n    author {\n      id\n      fullName\n    }\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderChat($id: ID!) {\n    order(id: $id) {\n      id\n      chatAvailable\n      chatUnreadCount\n      chatMessages {\n        ...ChatMessageItem\n      }\n      scheduledMessages {\n        ...ScheduledMessageItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderChat($id: ID!) {\n    order(id: $id) {\n      id\n      chatAvailable\n      chatUnreadCount\n      chatMessages {\n        ...ChatMessageItem\n      }\n      scheduledMessages {\n        ...ScheduledMessageItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMessageSend($orderId: ID!, $text: String, $fileId: ID) {\n    chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) {\n      ...ChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMessageSend($orderId: ID!, $text: String, $fileId: ID) {\n    chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) {\n      ...ChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMessageEdit($id: ID!, $text: String!) {\n    chatMessageEdit(id: $id, text: $text) {\n      ...ChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMessageEdit($id: ID!, $text: String!) {\n    chatMessageEdit(id: $id, text: $text) {\n      ...ChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMessageDelete($id: ID!) {\n    chatMessageDelete(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMessageDelete($id: ID!) {\n    chatMessageDelete(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    chatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    chatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatMessageChanged($orderId: ID!) {\n    chatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ChatMessageItem\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatMessageChanged($orderId: ID!) {\n    chatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ChatMessageItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduledMessageCreate($orderId: ID!, $text: String, $fileId: ID, $sendAt: DateTimeISO!) {\n    scheduledMessageCreate(orderId: $orderId, text: $text, fileId: $fileId, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduledMessageCreate($orderId: ID!, $text: String, $fileId: ID, $sendAt: DateTimeISO!) {\n    scheduledMessageCreate(orderId: $orderId, text: $text, fileId: $fileId, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduledMessageSendNow($id: ID!) {\n    scheduledMessageSendNow(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduledMessageSendNow($id: ID!) {\n    scheduledMessageSendNow(id: $id) {\n      ...ChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduledMessageReschedule($id: ID!, $sendAt: DateTimeISO!) {\n    scheduledMessageReschedule(id: $id, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduledMessageReschedule($id: ID!, $sendAt: DateTimeISO!) {\n    scheduledMessageReschedule(id: $id, sendAt: $sendAt) {\n      ...ScheduledMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduledMessageDelete($id: ID!) {\n    scheduledMessageDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation ScheduledMessageDelete($id: ID!) {\n    scheduledMessageDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyTemplateItem on ReplyTemplate {\n    id\n    title\n    text\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReplyTemplateItem on ReplyTemplate {\n    id\n    title\n    text\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateItem\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderedReplyTemplates($orderId: ID!) {\n    replyTemplates {\n      id\n      title\n      rendered(orderId: $orderId)\n    }\n  }\n"): (typeof documents)["\n  query RenderedReplyTemplates($orderId: ID!) {\n    replyTemplates {\n      id\n      title\n      rendered(orderId: $orderId)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyTemplateCreate($input: ReplyTemplateInput!) {\n    replyTemplateCreate(input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyTemplateCreate($input: ReplyTemplateInput!) {\n    replyTemplateCreate(input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyTemplateUpdate($id: ID!, $input: ReplyTemplateUpdateInput!) {\n    replyTemplateUpdate(id: $id, input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyTemplateUpdate($id: ID!, $input: ReplyTemplateUpdateInput!) {\n    replyTemplateUpdate(id: $id, input: $input) {\n      ...ReplyTemplateItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyTemplateDelete($id: ID!) {\n    replyTemplateDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation ReplyTemplateDelete($id: ID!) {\n    replyTemplateDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    kind\n    occurredAt\n    title\n    details\n    amount\n    order {\n      id\n      number\n      status\n    }\n    call {\n      id\n      recording {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    kind\n    occurredAt\n    title\n    details\n    amount\n    order {\n      id\n      number\n      status\n    }\n    call {\n      id\n      recording {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientActivity($clientId: ID!, $orderId: ID, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      activity(orderId: $orderId, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientActivity($clientId: ID!, $orderId: ID, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      activity(orderId: $orderId, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOrders($clientId: ID!, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOrders($clientId: ID!, $first: Int, $after: String) {\n    client(id: $clientId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientChanged($id: ID) {\n    clientUpdated(id: $id) {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  subscription ClientChanged($id: ID) {\n    clientUpdated(id: $id) {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientListItem on Client {\n    id\n    fullName\n    phone\n    tags\n    lastAppLoginAt\n    updatedAt\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        building {\n          id\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clients($search: String, $first: Int, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ClientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientDetails on Client {\n    ...ClientListItem\n    email\n    avatarUrl\n    note\n    premises {\n      isOwner\n      premise {\n        id\n        number\n        personalAccount\n        tags\n        note\n        utilityBalance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  query Client($id: ID!) {\n    client(id: $id) {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  subscription ClientUpdated {\n    clientUpdated {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {\n    clientUpdate(id: $id, input: $input) {\n      ...ClientDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($input: DashboardInput) {\n    dashboard(input: $input) {\n      from\n      to\n      timeZone\n      statusCounts {\n        status\n        count\n      }\n      daily {\n        day\n        created\n        done\n      }\n      slaByService {\n        ...DashboardSlaRow\n      }\n      slaByDepartment {\n        ...DashboardSlaRow\n      }\n      averageReactionMinutes\n      reactionSamples\n      averageExecutionMinutes\n      executionSamples\n      ratings {\n        counts\n        total\n        average\n      }\n      workload {\n        openOrders\n        workload\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($input: DashboardInput) {\n    dashboard(input: $input) {\n      from\n      to\n      timeZone\n      statusCounts {\n        status\n        count\n      }\n      daily {\n        day\n        created\n        done\n      }\n      slaByService {\n        ...DashboardSlaRow\n      }\n      slaByDepartment {\n        ...DashboardSlaRow\n      }\n      averageReactionMinutes\n      reactionSamples\n      averageExecutionMinutes\n      executionSamples\n      ratings {\n        counts\n        total\n        average\n      }\n      workload {\n        openOrders\n        workload\n        employee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardSlaRow on DashboardSla {\n    id\n    name\n    reactionKept\n    reactionDecided\n    reactionKeptPercent\n    executionKept\n    executionDecided\n    executionKeptPercent\n  }\n"): (typeof documents)["\n  fragment DashboardSlaRow on DashboardSla {\n    id\n    name\n    reactionKept\n    reactionDecided\n    reactionKeptPercent\n    executionKept\n    executionDecided\n    executionKeptPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDepartments {\n    departments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDepartments {\n    departments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentMember on Employee {\n    id\n    fullName\n    position\n    active\n  }\n"): (typeof documents)["\n  fragment DepartmentMember on Employee {\n    id\n    fullName\n    position\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentDetails on Department {\n    id\n    name\n    version\n    employees {\n      ...DepartmentMember\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentDetails on Department {\n    id\n    name\n    version\n    employees {\n      ...DepartmentMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($search: String, $first: Int, $after: String) {\n    departments(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DepartmentDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Departments($search: String, $first: Int, $after: String) {\n    departments(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DepartmentDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentDetails\n    }\n  }\n"): (typeof documents)["\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentMemberOptions($search: String) {\n    employees(search: $search, first: 20) {\n      edges {\n        node {\n          ...DepartmentMember\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentMemberOptions($search: String) {\n    employees(search: $search, first: 20) {\n      edges {\n        node {\n          ...DepartmentMember\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentCreate($input: DepartmentCreateInput!) {\n    departmentCreate(input: $input) {\n      ...DepartmentDetails\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentCreate($input: DepartmentCreateInput!) {\n    departmentCreate(input: $input) {\n      ...DepartmentDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n    departmentUpdate(id: $id, input: $input) {\n      ...DepartmentDetails\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n    departmentUpdate(id: $id, input: $input) {\n      ...DepartmentDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DirectoryChanged($kinds: [DirectoryKind!]) {\n    directoryChanged(kinds: $kinds) {\n      kind\n      action\n      ids\n    }\n  }\n"): (typeof documents)["\n  subscription DirectoryChanged($kinds: [DirectoryKind!]) {\n    directoryChanged(kinds: $kinds) {\n      kind\n      action\n      ids\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildingDelete($id: ID!) {\n    buildingDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation BuildingDelete($id: ID!) {\n    buildingDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremiseDelete($id: ID!) {\n    premiseDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation PremiseDelete($id: ID!) {\n    premiseDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarterDelete($id: ID!) {\n    quarterDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation QuarterDelete($id: ID!) {\n    quarterDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectGroupDelete($id: ID!) {\n    objectGroupDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation ObjectGroupDelete($id: ID!) {\n    objectGroupDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalEntityDelete($id: ID!) {\n    legalEntityDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation LegalEntityDelete($id: ID!) {\n    legalEntityDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentDelete($id: ID!) {\n    departmentDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DepartmentDelete($id: ID!) {\n    departmentDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleDelete($id: ID!) {\n    roleDelete(id: $id)\n  }\n"): (typeof documents)["\n  mutation RoleDelete($id: ID!) {\n    roleDelete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildingArchive($id: ID!, $archived: Boolean!) {\n    buildingArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BuildingArchive($id: ID!, $archived: Boolean!) {\n    buildingArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PremiseArchive($id: ID!, $archived: Boolean!) {\n    premiseArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PremiseArchive($id: ID!, $archived: Boolean!) {\n    premiseArchive(id: $id, archived: $archived) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    extension\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeListItem on Employee {\n    id\n    fullName\n    position\n    email\n    phone\n    extension\n    active\n    lastLoginAt\n    role {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employees($search: String, $active: Boolean, $first: Int, $after: String) {\n    employees(search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...EmployeeListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeFormOptions {\n    roles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeExtensionSet($id: ID!, $extension: String) {\n    employeeExtensionSet(id: $id, extension: $extension) {\n      ...EmployeeListItem\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeExtensionSet($id: ID!, $extension: String) {\n    employeeExtensionSet(id: $id, extension: $extension) {\n      ...EmployeeListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldOrderCard on Order {\n    ...OrderListItem\n    description\n    statusComment\n    allowedStatuses\n    documentCount\n    formAnswers {\n      key\n      label\n      value\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n    documents {\n      id\n      file {\n        id\n        url\n        fileName\n        contentType\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FieldOrderCard on Order {\n    ...OrderListItem\n    description\n    statusComment\n    allowedStatuses\n    documentCount\n    formAnswers {\n      key\n      label\n      value\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n    documents {\n      id\n      file {\n        id\n        url\n        fileName\n        contentType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      ...FieldOrderCard\n    }\n  }\n"): (typeof documents)["\n  query FieldOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      ...FieldOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FieldOrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...FieldOrderCard\n    }\n  }\n"): (typeof documents)["\n  subscription FieldOrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...FieldOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldOrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation FieldOrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldChecklistItemSet($input: OrderChecklistItemSetInput!) {\n    orderChecklistItemSet(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation FieldChecklistItemSet($input: OrderChecklistItemSetInput!) {\n    orderChecklistItemSet(input: $input) {\n      ...FieldOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldOrderDocumentAdd($orderId: ID!, $fileId: ID!, $idempotencyKey: String) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FieldOrderDocumentAdd($orderId: ID!, $fileId: ID!, $idempotencyKey: String) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredFileItem on StoredFile {\n    id\n    fileName\n    contentType\n    size\n    url\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StoredFileItem on StoredFile {\n    id\n    fileName\n    contentType\n    size\n    url\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDocuments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      documentCount\n      documents {\n        id\n        createdAt\n        file {\n          ...StoredFileItem\n        }\n        uploadedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDocuments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      documentCount\n      documents {\n        id\n        createdAt\n        file {\n          ...StoredFileItem\n        }\n        uploadedBy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDocumentAdd($orderId: ID!, $fileId: ID!) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDocumentAdd($orderId: ID!, $fileId: ID!) {\n    orderDocumentAdd(orderId: $orderId, fileId: $fileId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDocumentDelete($id: ID!) {\n    orderDocumentDelete(id: $id) {\n      id\n      revision\n      documentCount\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDocumentDelete($id: ID!) {\n    orderDocumentDelete(id: $id) {\n      id\n      revision\n      documentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentListItem on Incident {\n    id\n    number\n    title\n    status\n    updatedAt\n    plannedEndAt\n    orderCount\n    openOrderCount\n    service {\n      id\n      name\n    }\n    responsible {\n      id\n      fullName\n    }\n    scope {\n      building {\n        id\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentListItem on Incident {\n    id\n    number\n    title\n    status\n    updatedAt\n    plannedEndAt\n    orderCount\n    openOrderCount\n    service {\n      id\n      name\n    }\n    responsible {\n      id\n      fullName\n    }\n    scope {\n      building {\n        id\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incidents($statuses: [IncidentStatus!], $search: String, $first: Int, $after: String) {\n    incidents(statuses: $statuses, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...IncidentListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    incidentCounts(search: $search) {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query Incidents($statuses: [IncidentStatus!], $search: String, $first: Int, $after: String) {\n    incidents(statuses: $statuses, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...IncidentListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    incidentCounts(search: $search) {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentCard($id: ID!) {\n    incident(id: $id) {\n      ...IncidentListItem\n      description\n      statusComment\n      version\n      plannedStartAt\n      createdAt\n      closedAt\n      allowedStatuses\n      open\n      department {\n        id\n        name\n      }\n      scope {\n        building {\n          id\n          address\n        }\n        premises {\n          id\n          number\n        }\n      }\n      orders(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          status\n          building {\n            id\n            address\n          }\n          premise {\n            id\n            number\n          }\n          client {\n            id\n            fullName\n          }\n        }\n      }\n      history {\n        id\n        kind\n        createdAt\n        fromStatus\n        toStatus\n        statusComment\n        ordersMoved\n        orderNumbers\n        automatic\n        actor {\n          kind\n          employee {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentCard($id: ID!) {\n    incident(id: $id) {\n      ...IncidentListItem\n      description\n      statusComment\n      version\n      plannedStartAt\n      createdAt\n      closedAt\n      allowedStatuses\n      open\n      department {\n        id\n        name\n      }\n      scope {\n        building {\n          id\n          address\n        }\n        premises {\n          id\n          number\n        }\n      }\n      orders(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          status\n          building {\n            id\n            address\n          }\n          premise {\n            id\n            number\n          }\n          client {\n            id\n            fullName\n          }\n        }\n      }\n      history {\n        id\n        kind\n        createdAt\n        fromStatus\n        toStatus\n        statusComment\n        ordersMoved\n        orderNumbers\n        automatic\n        actor {\n          kind\n          employee {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentScopePremises($buildingId: ID!, $after: String) {\n    premises(buildingId: $buildingId, first: 100, after: $after) {\n      nodes {\n        id\n        number\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentScopePremises($buildingId: ID!, $after: String) {\n    premises(buildingId: $buildingId, first: 100, after: $after) {\n      nodes {\n        id\n        number\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentUpdate($input: IncidentUpdateInput!) {\n    incidentUpdate(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentUpdate($input: IncidentUpdateInput!) {\n    incidentUpdate(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenIncidents {\n    incidents(statuses: [OPEN, IN_PROGRESS, PAUSED], first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          service {\n            id\n          }\n          scope {\n            building {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenIncidents {\n    incidents(statuses: [OPEN, IN_PROGRESS, PAUSED], first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          service {\n            id\n          }\n          scope {\n            building {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentCreate($input: IncidentCreateInput!) {\n    incidentCreate(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentCreate($input: IncidentCreateInput!) {\n    incidentCreate(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentManage($input: IncidentManageInput!) {\n    incidentManage(input: $input) {\n      id\n      status\n      statusComment\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentManage($input: IncidentManageInput!) {\n    incidentManage(input: $input) {\n      id\n      status\n      statusComment\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderIncidentAttach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n"): (typeof documents)["\n  mutation OrderIncidentAttach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderIncidentDetach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentDetach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n"): (typeof documents)["\n  mutation OrderIncidentDetach($incidentId: ID!, $orderIds: [ID!]!) {\n    orderIncidentDetach(incidentId: $incidentId, orderIds: $orderIds) {\n      id\n      incidentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentChanged {\n    incidentChanged {\n      ...IncidentListItem\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentChanged {\n    incidentChanged {\n      ...IncidentListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentCountsChanged {\n    incidentCountsChanged {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentCountsChanged {\n    incidentCountsChanged {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntegrationTokenItem on IntegrationToken {\n    id\n    name\n    createdAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment IntegrationTokenItem on IntegrationToken {\n    id\n    name\n    createdAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrationTokens {\n    integrationTokens {\n      ...IntegrationTokenItem\n    }\n  }\n"): (typeof documents)["\n  query IntegrationTokens {\n    integrationTokens {\n      ...IntegrationTokenItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrationTokenCreate($name: String!) {\n    integrationTokenCreate(name: $name) {\n      token\n      integrationToken {\n        ...IntegrationTokenItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntegrationTokenCreate($name: String!) {\n    integrationTokenCreate(name: $name) {\n      token\n      integrationToken {\n        ...IntegrationTokenItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrationTokenRevoke($id: ID!) {\n    integrationTokenRevoke(id: $id) {\n      ...IntegrationTokenItem\n    }\n  }\n"): (typeof documents)["\n  mutation IntegrationTokenRevoke($id: ID!) {\n    integrationTokenRevoke(id: $id) {\n      ...IntegrationTokenItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    state\n    total\n    version\n    issuedAt\n    markedPaidAt\n    paidAt\n    actions\n    issuedBy {\n      id\n      fullName\n    }\n    markedPaidBy {\n      id\n      fullName\n    }\n    lines {\n      id\n      name\n      unit\n      unitPrice\n      quantity\n      discountPercent\n      total\n      priceListItemId\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    state\n    total\n    version\n    issuedAt\n    markedPaidAt\n    paidAt\n    actions\n    issuedBy {\n      id\n      fullName\n    }\n    markedPaidBy {\n      id\n      fullName\n    }\n    lines {\n      id\n      name\n      unit\n      unitPrice\n      quantity\n      discountPercent\n      total\n      priceListItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderInvoiceBlock on Order {\n    id\n    service {\n      id\n      kind\n    }\n    invoice {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  fragment OrderInvoiceBlock on Order {\n    id\n    service {\n      id\n      kind\n    }\n    invoice {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePriceList($serviceId: ID!) {\n    service(id: $serviceId) {\n      id\n      priceList {\n        id\n        name\n        unit\n        unitPrice\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicePriceList($serviceId: ID!) {\n    service(id: $serviceId) {\n      id\n      priceList {\n        id\n        name\n        unit\n        unitPrice\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceCreate($orderId: ID!) {\n    invoiceCreate(orderId: $orderId) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceCreate($orderId: ID!) {\n    invoiceCreate(orderId: $orderId) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceLineAdd($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceLineAdd($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceLineUpdate($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceLineUpdate($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceLineRemove($lineId: ID!, $version: Int!) {\n    invoiceLineRemove(lineId: $lineId, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceLineRemove($lineId: ID!, $version: Int!) {\n    invoiceLineRemove(lineId: $lineId, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceIssue($id: ID!, $version: Int!) {\n    invoiceIssue(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceIssue($id: ID!, $version: Int!) {\n    invoiceIssue(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceMarkPaid($id: ID!, $version: Int!) {\n    invoiceMarkPaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceMarkPaid($id: ID!, $version: Int!) {\n    invoiceMarkPaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceMakeUnpaid($id: ID!, $version: Int!) {\n    invoiceMakeUnpaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceMakeUnpaid($id: ID!, $version: Int!) {\n    invoiceMakeUnpaid(id: $id, version: $version) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    orderId\n    orderNumber\n    title\n    body\n    createdAt\n    read\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    orderId\n    orderNumber\n    title\n    body\n    createdAt\n    read\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationsUnreadCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    notificationsUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsUnreadCount {\n    notificationsUnreadCount\n  }\n"): (typeof documents)["\n  query NotificationsUnreadCount {\n    notificationsUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMarkRead($id: ID!) {\n    notificationMarkRead(id: $id) {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationMarkRead($id: ID!) {\n    notificationMarkRead(id: $id) {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkAllRead {\n    notificationsMarkAllRead\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkAllRead {\n    notificationsMarkAllRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuarterItem on Quarter {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment QuarterItem on Quarter {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObjectGroupItem on ObjectGroup {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ObjectGroupItem on ObjectGroup {\n    id\n    name\n    version\n    administrators {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuartersAdmin {\n    quarters {\n      ...QuarterItem\n    }\n  }\n"): (typeof documents)["\n  query QuartersAdmin {\n    quarters {\n      ...QuarterItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectGroupsAdmin {\n    objectGroups {\n      ...ObjectGroupItem\n    }\n  }\n"): (typeof documents)["\n  query ObjectGroupsAdmin {\n    objectGroups {\n      ...ObjectGroupItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarterCreate($input: ObjectGroupingCreateInput!) {\n    quarterCreate(input: $input) {\n      ...QuarterItem\n    }\n  }\n"): (typeof documents)["\n  mutation QuarterCreate($input: ObjectGroupingCreateInput!) {\n    quarterCreate(input: $input) {\n      ...QuarterItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarterUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    quarterUpdate(id: $id, input: $input) {\n      ...QuarterItem\n    }\n  }\n"): (typeof documents)["\n  mutation QuarterUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    quarterUpdate(id: $id, input: $input) {\n      ...QuarterItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectGroupCreate($input: ObjectGroupingCreateInput!) {\n    objectGroupCreate(input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectGroupCreate($input: ObjectGroupingCreateInput!) {\n    objectGroupCreate(input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectGroupUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    objectGroupUpdate(id: $id, input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectGroupUpdate($id: ID!, $input: ObjectGroupingUpdateInput!) {\n    objectGroupUpdate(id: $id, input: $input) {\n      ...ObjectGroupItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministratorOptions($search: String) {\n    employees(search: $search, active: true, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdministratorOptions($search: String) {\n    employees(search: $search, active: true, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalEntityItem on LegalEntity {\n    id\n    name\n    version\n    inn\n    kpp\n    ogrn\n    address\n    phone\n    email\n    bankName\n    bik\n    settlementAccount\n    correspondentAccount\n  }\n"): (typeof documents)["\n  fragment LegalEntityItem on LegalEntity {\n    id\n    name\n    version\n    inn\n    kpp\n    ogrn\n    address\n    phone\n    email\n    bankName\n    bik\n    settlementAccount\n    correspondentAccount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalEntitiesAdmin {\n    legalEntities {\n      ...LegalEntityItem\n    }\n  }\n"): (typeof documents)["\n  query LegalEntitiesAdmin {\n    legalEntities {\n      ...LegalEntityItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalEntityCreate($input: LegalEntityCreateInput!) {\n    legalEntityCreate(input: $input) {\n      ...LegalEntityItem\n    }\n  }\n"): (typeof documents)["\n  mutation LegalEntityCreate($input: LegalEntityCreateInput!) {\n    legalEntityCreate(input: $input) {\n      ...LegalEntityItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LegalEntityUpdate($id: ID!, $input: LegalEntityUpdateInput!) {\n    legalEntityUpdate(id: $id, input: $input) {\n      ...LegalEntityItem\n    }\n  }\n"): (typeof documents)["\n  mutation LegalEntityUpdate($id: ID!, $input: LegalEntityUpdateInput!) {\n    legalEntityUpdate(id: $id, input: $input) {\n      ...LegalEntityItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderBrief on Order {\n    id\n    number\n    status\n    createdAt\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment OrderBrief on Order {\n    id\n    number\n    status\n    createdAt\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderInfoBlock on Order {\n    id\n    version\n    status\n    baseDataLocked\n    channel\n    description\n    createdAt\n    reactionDueAt\n    firstInProgressAt\n    executionDueAt\n    service {\n      ...ServiceOption\n    }\n    building {\n      ...BuildingOption\n    }\n    premise {\n      ...PremiseOption\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n      note\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    createdBy {\n      kind\n      employee {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderInfoBlock on Order {\n    id\n    version\n    status\n    baseDataLocked\n    channel\n    description\n    createdAt\n    reactionDueAt\n    firstInProgressAt\n    executionDueAt\n    service {\n      ...ServiceOption\n    }\n    building {\n      ...BuildingOption\n    }\n    premise {\n      ...PremiseOption\n    }\n    client {\n      id\n      fullName\n      phone\n      tags\n      note\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    createdBy {\n      kind\n      employee {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderClientBlock on Order {\n    client {\n      id\n      fullName\n      phone\n      avatarUrl\n      tags\n      note\n      lastAppLoginAt\n    }\n    premise {\n      ...PremiseOption\n    }\n  }\n"): (typeof documents)["\n  fragment OrderClientBlock on Order {\n    client {\n      id\n      fullName\n      phone\n      avatarUrl\n      tags\n      note\n      lastAppLoginAt\n    }\n    premise {\n      ...PremiseOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderChatBlock on Order {\n    id\n  }\n"): (typeof documents)["\n  fragment OrderChatBlock on Order {\n    id\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDocumentsBlock on Order {\n    id\n    revision\n  }\n"): (typeof documents)["\n  fragment OrderDocumentsBlock on Order {\n    id\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderManageBlock on Order {\n    id\n    version\n    status\n    statusComment\n    resumeBy\n    allowedStatuses\n    service {\n      id\n      maxExecutors\n    }\n    department {\n      id\n      name\n    }\n    executors {\n      id\n      fullName\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment OrderManageBlock on Order {\n    id\n    version\n    status\n    statusComment\n    resumeBy\n    allowedStatuses\n    service {\n      id\n      maxExecutors\n    }\n    department {\n      id\n      name\n    }\n    executors {\n      id\n      fullName\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderOrganizationBlock on Order {\n    id\n    building {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment OrderOrganizationBlock on Order {\n    id\n    building {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRatingBlock on Order {\n    status\n    rating {\n      score\n      comment\n      ratedAt\n      cycle\n      forLastCompletion\n    }\n    ratings {\n      score\n      comment\n      ratedAt\n      cycle\n    }\n  }\n"): (typeof documents)["\n  fragment OrderRatingBlock on Order {\n    status\n    rating {\n      score\n      comment\n      ratedAt\n      cycle\n      forLastCompletion\n    }\n    ratings {\n      score\n      comment\n      ratedAt\n      cycle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderChecklistBlock on Order {\n    id\n    status\n    service {\n      id\n      checklistRequiredToClose\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderChecklistBlock on Order {\n    id\n    status\n    service {\n      id\n      checklistRequiredToClose\n    }\n    checklist {\n      id\n      position\n      title\n      required\n      photoRequired\n      noteRequired\n      done\n      doneAt\n      note\n      version\n      doneBy {\n        id\n        fullName\n      }\n      photo {\n        id\n        file {\n          id\n          url\n          fileName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderHistoryBlock on Order {\n    formAnswers {\n      key\n      label\n    }\n    history {\n      id\n      kind\n      createdAt\n      viaIncidentId\n      fromStatus\n      toStatus\n      statusComment\n      dueAt\n      score\n      ratingComment\n      fileName\n      checklistItemTitle\n      checklistNote\n      invoiceAction\n      invoiceTotal\n      invoiceLineName\n      refundAction\n      refundAmount\n      refundSettlement\n      refundReason\n      actor {\n        kind\n        employee {\n          id\n          fullName\n        }\n      }\n      executors {\n        id\n        fullName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderHistoryBlock on Order {\n    formAnswers {\n      key\n      label\n    }\n    history {\n      id\n      kind\n      createdAt\n      viaIncidentId\n      fromStatus\n      toStatus\n      statusComment\n      dueAt\n      score\n      ratingComment\n      fileName\n      checklistItemTitle\n      checklistNote\n      invoiceAction\n      invoiceTotal\n      invoiceLineName\n      refundAction\n      refundAmount\n      refundSettlement\n      refundReason\n      actor {\n        kind\n        employee {\n          id\n          fullName\n        }\n      }\n      executors {\n        id\n        fullName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderCard on Order {\n    ...OrderListItem\n    incidentId\n    incident {\n      id\n      number\n      title\n    }\n    suggestedIncident {\n      id\n      number\n      title\n    }\n    doneAt\n    slaReaction\n    slaExecution\n    importantCommentUnseen\n    ...OrderInfoBlock\n    ...OrderClientBlock\n    ...OrderChatBlock\n    ...OrderDocumentsBlock\n    ...OrderInvoiceBlock\n    ...OrderManageBlock\n    ...OrderOrganizationBlock\n    ...OrderRatingBlock\n    ...OrderChecklistBlock\n    ...OrderHistoryBlock\n  }\n"): (typeof documents)["\n  fragment OrderCard on Order {\n    ...OrderListItem\n    incidentId\n    incident {\n      id\n      number\n      title\n    }\n    suggestedIncident {\n      id\n      number\n      title\n    }\n    doneAt\n    slaReaction\n    slaExecution\n    importantCommentUnseen\n    ...OrderInfoBlock\n    ...OrderClientBlock\n    ...OrderChatBlock\n    ...OrderDocumentsBlock\n    ...OrderInvoiceBlock\n    ...OrderManageBlock\n    ...OrderOrganizationBlock\n    ...OrderRatingBlock\n    ...OrderChecklistBlock\n    ...OrderHistoryBlock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderByNumber($number: Int!) {\n    orderByNumber(number: $number) {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  query OrderByNumber($number: Int!) {\n    orderByNumber(number: $number) {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  subscription OrderUpdated($id: ID!) {\n    orderUpdated(id: $id) {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMarkSeen($id: ID!) {\n    orderMarkSeen(id: $id) {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation OrderMarkSeen($id: ID!) {\n    orderMarkSeen(id: $id) {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation OrderManage($input: OrderManageInput!) {\n    orderManage(input: $input) {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderUpdate($input: OrderUpdateInput!) {\n    orderUpdate(input: $input) {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation OrderUpdate($input: OrderUpdateInput!) {\n    orderUpdate(input: $input) {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderExecutorCandidates($departmentId: ID!) {\n    orderExecutorCandidates(departmentId: $departmentId) {\n      openOrders\n      workload\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderExecutorCandidates($departmentId: ID!) {\n    orderExecutorCandidates(departmentId: $departmentId) {\n      openOrders\n      workload\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDepartments {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDepartments {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderComment on OrderComment {\n    id\n    text\n    important\n    createdAt\n    author {\n      id\n      fullName\n      position\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  fragment OrderComment on OrderComment {\n    id\n    text\n    important\n    createdAt\n    author {\n      id\n      fullName\n      position\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderComments($id: ID!) {\n    order(id: $id) {\n      id\n      comments {\n        ...OrderComment\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderComments($id: ID!) {\n    order(id: $id) {\n      id\n      comments {\n        ...OrderComment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {\n    orderCommentCreate(input: $input) {\n      ...OrderComment\n    }\n  }\n"): (typeof documents)["\n  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {\n    orderCommentCreate(input: $input) {\n      ...OrderComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderCommentAdded($orderId: ID!) {\n    orderCommentAdded(orderId: $orderId) {\n      ...OrderComment\n    }\n  }\n"): (typeof documents)["\n  subscription OrderCommentAdded($orderId: ID!) {\n    orderCommentAdded(orderId: $orderId) {\n      ...OrderComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuildingOption on Building {\n    id\n    address\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BuildingOption on Building {\n    id\n    address\n    quarter {\n      id\n      name\n    }\n    objectGroup {\n      id\n      name\n    }\n    legalEntity {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PremiseOption on Premise {\n    id\n    number\n    personalAccount\n    tags\n    note\n    utilityBalance\n  }\n"): (typeof documents)["\n  fragment PremiseOption on Premise {\n    id\n    number\n    personalAccount\n    tags\n    note\n    utilityBalance\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientOption on Client {\n    id\n    fullName\n    phone\n    tags\n    note\n    premises {\n      premise {\n        ...PremiseOption\n        building {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientOption on Client {\n    id\n    fullName\n    phone\n    tags\n    note\n    premises {\n      premise {\n        ...PremiseOption\n        building {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceOption on Service {\n    id\n    name\n    kind\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceOption on Service {\n    id\n    name\n    kind\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingOptions($search: String) {\n    buildings(search: $search, first: 30) {\n      edges {\n        node {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingOptions($search: String) {\n    buildings(search: $search, first: 30) {\n      edges {\n        node {\n          ...BuildingOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiseOptions($buildingId: ID!, $search: String) {\n    premises(buildingId: $buildingId, search: $search, first: 30) {\n      edges {\n        node {\n          ...PremiseOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiseOptions($buildingId: ID!, $search: String) {\n    premises(buildingId: $buildingId, search: $search, first: 30) {\n      edges {\n        node {\n          ...PremiseOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiseClients($id: ID!) {\n    premise(id: $id) {\n      id\n      clients {\n        ...ClientOption\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiseClients($id: ID!) {\n    premise(id: $id) {\n      id\n      clients {\n        ...ClientOption\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOptions($search: String) {\n    clients(search: $search, first: 30) {\n      edges {\n        node {\n          ...ClientOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOptions($search: String) {\n    clients(search: $search, first: 30) {\n      edges {\n        node {\n          ...ClientOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceOptions($search: String) {\n    services(search: $search, active: true, first: 30) {\n      edges {\n        node {\n          ...ServiceOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceOptions($search: String) {\n    services(search: $search, active: true, first: 30) {\n      edges {\n        node {\n          ...ServiceOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation OrderCreate($input: OrderCreateInput!) {\n    orderCreate(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderListItem on Order {\n    id\n    number\n    status\n    channel\n    labels\n    refundSummary {\n      decision\n      settlement\n      amount\n    }\n    createdAt\n    updatedAt\n    executionDueAt\n    version\n    revision\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n    client {\n      id\n      fullName\n      phone\n    }\n    executors {\n      id\n      fullName\n    }\n    department {\n      id\n      name\n    }\n    rating {\n      score\n      comment\n    }\n    incident {\n      id\n      number\n    }\n    invoice {\n      id\n      state\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment OrderListItem on Order {\n    id\n    number\n    status\n    channel\n    labels\n    refundSummary {\n      decision\n      settlement\n      amount\n    }\n    createdAt\n    updatedAt\n    executionDueAt\n    version\n    revision\n    service {\n      id\n      name\n    }\n    building {\n      id\n      address\n    }\n    premise {\n      id\n      number\n    }\n    client {\n      id\n      fullName\n      phone\n    }\n    executors {\n      id\n      fullName\n    }\n    department {\n      id\n      name\n    }\n    rating {\n      score\n      comment\n    }\n    incident {\n      id\n      number\n    }\n    invoice {\n      id\n      state\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {\n    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      edges {\n        cursor\n        node {\n          ...OrderListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {\n    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      edges {\n        cursor\n        node {\n          ...OrderListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderListItem\n    }\n  }\n"): (typeof documents)["\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersNewCount {\n    ordersNewCount\n  }\n"): (typeof documents)["\n  query OrdersNewCount {\n    ordersNewCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersNewCountChanged {\n    ordersNewCountChanged\n  }\n"): (typeof documents)["\n  subscription OrdersNewCountChanged {\n    ordersNewCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderTabCountsChanged {\n    orderTabCountsChanged {\n      new\n      all\n      allExact\n    }\n  }\n"): (typeof documents)["\n  subscription OrderTabCountsChanged {\n    orderTabCountsChanged {\n      new\n      all\n      allExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFilterFields on OrderFilter {\n    statuses\n    serviceIds\n    departmentIds\n    executorIds\n    channels\n    buildingIds\n    quarterIds\n    objectGroupIds\n    createdFrom\n    createdTo\n    updatedFrom\n    updatedTo\n    slaBreached\n    labels\n    ratingScores\n    unrated\n    incident\n  }\n"): (typeof documents)["\n  fragment OrderFilterFields on OrderFilter {\n    statuses\n    serviceIds\n    departmentIds\n    executorIds\n    channels\n    buildingIds\n    quarterIds\n    objectGroupIds\n    createdFrom\n    createdTo\n    updatedFrom\n    updatedTo\n    slaBreached\n    labels\n    ratingScores\n    unrated\n    incident\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderListPreferences($list: OrderList!) {\n    orderListPreferences(list: $list) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderListPreferences($list: OrderList!) {\n    orderListPreferences(list: $list) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderListPreferencesSave($list: OrderList!, $filter: OrderFilterInput, $columns: [OrderColumn!]) {\n    orderListPreferencesSave(list: $list, filter: $filter, columns: $columns) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrderListPreferencesSave($list: OrderList!, $filter: OrderFilterInput, $columns: [OrderColumn!]) {\n    orderListPreferencesSave(list: $list, filter: $filter, columns: $columns) {\n      activeFilterCount\n      columns\n      filter {\n        ...OrderFilterFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderFilterOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    employees(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          active\n        }\n      }\n    }\n    buildings(first: 100) {\n      edges {\n        node {\n          id\n          address\n        }\n      }\n    }\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrderFilterOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    employees(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          active\n        }\n      }\n    }\n    buildings(first: 100) {\n      edges {\n        node {\n          id\n          address\n        }\n      }\n    }\n    quarters {\n      id\n      name\n    }\n    objectGroups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Administrator on Employee {\n    id\n    fullName\n    position\n    phone\n    email\n  }\n"): (typeof documents)["\n  fragment Administrator on Employee {\n    id\n    fullName\n    position\n    phone\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderOrganization($orderId: ID!) {\n    organization {\n      id\n      name\n      phone\n      email\n      address\n    }\n    order(id: $orderId) {\n      id\n      building {\n        id\n        quarter {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n        objectGroup {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderOrganization($orderId: ID!) {\n    organization {\n      id\n      name\n      phone\n      email\n      address\n    }\n    order(id: $orderId) {\n      id\n      building {\n        id\n        quarter {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n        objectGroup {\n          id\n          name\n          administrators {\n            ...Administrator\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n      service {\n        id\n        name\n      }\n      building {\n        id\n        address\n      }\n      premise {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaletteOrder($number: Int!) {\n    orderByNumber(number: $number) {\n      id\n      number\n      status\n      service {\n        id\n        name\n      }\n      building {\n        id\n        address\n      }\n      premise {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteClients($search: String!, $first: Int!) {\n    clients(search: $search, first: $first) {\n      nodes {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaletteClients($search: String!, $first: Int!) {\n    clients(search: $search, first: $first) {\n      nodes {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPayments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      invoice {\n        id\n        state\n        total\n        paidAt\n        markedPaidAt\n        lines {\n          id\n          name\n          unit\n          quantity\n          total\n        }\n        payments {\n          id\n          state\n          amount\n          succeededAt\n        }\n        refunds {\n          id\n          kind\n          decision\n          settlement\n          amount\n          reason\n          decisionReason\n          requestedByResident\n          failureReason\n          createdAt\n          lines {\n            invoiceLineId\n            name\n            unit\n            quantity\n            amount\n          }\n          createdBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderPayments($id: ID!) {\n    order(id: $id) {\n      id\n      revision\n      invoice {\n        id\n        state\n        total\n        paidAt\n        markedPaidAt\n        lines {\n          id\n          name\n          unit\n          quantity\n          total\n        }\n        payments {\n          id\n          state\n          amount\n          succeededAt\n        }\n        refunds {\n          id\n          kind\n          decision\n          settlement\n          amount\n          reason\n          decisionReason\n          requestedByResident\n          failureReason\n          createdAt\n          lines {\n            invoiceLineId\n            name\n            unit\n            quantity\n            amount\n          }\n          createdBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundCreate($input: RefundCreateInput!) {\n    refundCreate(input: $input) {\n      id\n      settlement\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation RefundCreate($input: RefundCreateInput!) {\n    refundCreate(input: $input) {\n      id\n      settlement\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundConfirm($id: ID!) {\n    refundConfirm(id: $id) {\n      id\n      decision\n      settlement\n    }\n  }\n"): (typeof documents)["\n  mutation RefundConfirm($id: ID!) {\n    refundConfirm(id: $id) {\n      id\n      decision\n      settlement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundReject($id: ID!, $reason: String!) {\n    refundReject(id: $id, reason: $reason) {\n      id\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation RefundReject($id: ID!, $reason: String!) {\n    refundReject(id: $id, reason: $reason) {\n      id\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceDocuments($orderId: ID!) {\n    invoiceDocuments(orderId: $orderId) {\n      contractUrl\n      actUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceDocuments($orderId: ID!) {\n    invoiceDocuments(orderId: $orderId) {\n      contractUrl\n      actUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisePopover($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremisePopover($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiseCard($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n      clients {\n        id\n        fullName\n        phone\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiseCard($id: ID!) {\n    premise(id: $id) {\n      id\n      number\n      tags\n      note\n      personalAccount\n      utilityBalance\n      building {\n        id\n        address\n      }\n      clients {\n        id\n        fullName\n        phone\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiseOrders($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiseOrders($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      orders(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...OrderBrief\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiseActivity($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiseActivity($premiseId: ID!, $first: Int, $after: String) {\n    premise(id: $premiseId) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ClientActivityEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      address\n      premisesCount\n      quarter {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      objectGroup {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      legalEntity {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      address\n      premisesCount\n      quarter {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      objectGroup {\n        id\n        name\n        administrators {\n          id\n          fullName\n          position\n          phone\n          email\n        }\n      }\n      legalEntity {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingPremises($buildingId: ID!, $search: String, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          personalAccount\n          utilityBalance\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingPremises($buildingId: ID!, $search: String, $first: Int, $after: String) {\n    premises(buildingId: $buildingId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          personalAccount\n          utilityBalance\n          tags\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingOrders($filter: OrderFilterInput!, $first: Int, $after: String) {\n    orders(tab: ALL, filter: $filter, first: $first, after: $after, sort: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderBrief\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingOrders($filter: OrderFilterInput!, $first: Int, $after: String) {\n    orders(tab: ALL, filter: $filter, first: $first, after: $after, sort: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderBrief\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingIncidents($buildingId: ID!, $statuses: [IncidentStatus!], $first: Int, $after: String) {\n    incidents(buildingId: $buildingId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          plannedEndAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingIncidents($buildingId: ID!, $statuses: [IncidentStatus!], $first: Int, $after: String) {\n    incidents(buildingId: $buildingId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          plannedEndAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushPublicKey {\n    pushPublicKey\n  }\n"): (typeof documents)["\n  query PushPublicKey {\n    pushPublicKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushSubscriptionRegister($input: PushSubscriptionInput!) {\n    pushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PushSubscriptionRegister($input: PushSubscriptionInput!) {\n    pushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushSubscriptionUnregister($endpoint: String!) {\n    pushSubscriptionUnregister(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation PushSubscriptionUnregister($endpoint: String!) {\n    pushSubscriptionUnregister(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentPushSubscriptionRegister($input: PushSubscriptionInput!) {\n    residentPushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentPushSubscriptionRegister($input: PushSubscriptionInput!) {\n    residentPushSubscriptionRegister(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentPushSubscriptionUnregister($endpoint: String!) {\n    residentPushSubscriptionUnregister(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation ResidentPushSubscriptionUnregister($endpoint: String!) {\n    residentPushSubscriptionUnregister(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportExportItem on ReportExport {\n    id\n    state\n    totalRows\n    rowsWritten\n    error\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ReportExportItem on ReportExport {\n    id\n    state\n    totalRows\n    rowsWritten\n    error\n    file {\n      id\n      fileName\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderReportFields {\n    orderReportFields {\n      available {\n        field\n        title\n      }\n      selected\n    }\n  }\n"): (typeof documents)["\n  query OrderReportFields {\n    orderReportFields {\n      available {\n        field\n        title\n      }\n      selected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderReportCreate($input: OrderReportCreateInput!) {\n    orderReportCreate(input: $input) {\n      ...ReportExportItem\n    }\n  }\n"): (typeof documents)["\n  mutation OrderReportCreate($input: OrderReportCreateInput!) {\n    orderReportCreate(input: $input) {\n      ...ReportExportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      ...ReportExportItem\n    }\n  }\n"): (typeof documents)["\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      ...ReportExportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportExportUpdated($id: ID!) {\n    reportExportUpdated(id: $id) {\n      ...ReportExportItem\n    }\n  }\n"): (typeof documents)["\n  subscription ReportExportUpdated($id: ID!) {\n    reportExportUpdated(id: $id) {\n      ...ReportExportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentCodeRequest($phone: String!) {\n    residentCodeRequest(phone: $phone) {\n      phone\n      resendAfter\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentCodeRequest($phone: String!) {\n    residentCodeRequest(phone: $phone) {\n      phone\n      resendAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLogin($phone: String!, $code: String!, $organizationId: ID) {\n    residentLogin(phone: $phone, code: $code, organizationId: $organizationId) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentLogin($phone: String!, $code: String!, $organizationId: ID) {\n    residentLogin(phone: $phone, code: $code, organizationId: $organizationId) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMe {\n    me {\n      kind\n      organization {\n        id\n        name\n        timeZone\n      }\n      client {\n        id\n        fullName\n        phone\n        email\n        premises {\n          isOwner\n          premise {\n            id\n            number\n            personalAccount\n            utilityBalance\n            building {\n              id\n              address\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentMe {\n    me {\n      kind\n      organization {\n        id\n        name\n        timeZone\n      }\n      client {\n        id\n        fullName\n        phone\n        email\n        premises {\n          isOwner\n          premise {\n            id\n            number\n            personalAccount\n            utilityBalance\n            building {\n              id\n              address\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentServiceItem on ResidentService {\n    id\n    name\n    description\n    kind\n    residentMayReopen\n    refundsAllowed\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentServiceItem on ResidentService {\n    id\n    name\n    description\n    kind\n    residentMayReopen\n    refundsAllowed\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentServices($search: String, $after: String) {\n    residentServices(search: $search, first: 100, after: $after) {\n      nodes {\n        ...ResidentServiceItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentServices($search: String, $after: String) {\n    residentServices(search: $search, first: 100, after: $after) {\n      nodes {\n        ...ResidentServiceItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentOrderRow on ResidentOrder {\n    id\n    number\n    status\n    createdAt\n    updatedAt\n    revision\n    chatUnreadCount\n    canRate\n    service {\n      id\n      name\n    }\n    premise {\n      id\n      number\n    }\n    building {\n      id\n      address\n    }\n    executors {\n      id\n      firstName\n    }\n    rating {\n      score\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentOrderRow on ResidentOrder {\n    id\n    number\n    status\n    createdAt\n    updatedAt\n    revision\n    chatUnreadCount\n    canRate\n    service {\n      id\n      name\n    }\n    premise {\n      id\n      number\n    }\n    building {\n      id\n      address\n    }\n    executors {\n      id\n      firstName\n    }\n    rating {\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentOrders($after: String) {\n    residentOrders(first: 25, after: $after) {\n      nodes {\n        ...ResidentOrderRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentOrders($after: String) {\n    residentOrders(first: 25, after: $after) {\n      nodes {\n        ...ResidentOrderRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidentOrderChanged {\n    residentOrderChanged {\n      ...ResidentOrderRow\n    }\n  }\n"): (typeof documents)["\n  subscription ResidentOrderChanged {\n    residentOrderChanged {\n      ...ResidentOrderRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentIncidentNotices {\n    residentIncidentNotices {\n      id\n      title\n      plannedEndAt\n    }\n  }\n"): (typeof documents)["\n  query ResidentIncidentNotices {\n    residentIncidentNotices {\n      id\n      title\n      plannedEndAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentOrderCard on ResidentOrder {\n    ...ResidentOrderRow\n    version\n    description\n    doneAt\n    channel\n    allowedStatuses\n    chatAvailable\n    service {\n      id\n      name\n      kind\n      residentMayReopen\n      refundsAllowed\n    }\n    responsible {\n      id\n      firstName\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    rating {\n      score\n      comment\n      ratedAt\n      forLastCompletion\n    }\n    invoice {\n      id\n      state\n      total\n      issuedAt\n      paidAt\n      lines {\n        id\n        name\n        quantity\n        unit\n        unitPrice\n        discountPercent\n        total\n        refundableQuantity\n      }\n      payment {\n        id\n        state\n      }\n      refunds {\n        id\n        kind\n        decision\n        settlement\n        amount\n        reason\n        decisionReason\n        requestedByResident\n        createdAt\n        settledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentOrderCard on ResidentOrder {\n    ...ResidentOrderRow\n    version\n    description\n    doneAt\n    channel\n    allowedStatuses\n    chatAvailable\n    service {\n      id\n      name\n      kind\n      residentMayReopen\n      refundsAllowed\n    }\n    responsible {\n      id\n      firstName\n    }\n    formAnswers {\n      key\n      label\n      type\n      value\n    }\n    rating {\n      score\n      comment\n      ratedAt\n      forLastCompletion\n    }\n    invoice {\n      id\n      state\n      total\n      issuedAt\n      paidAt\n      lines {\n        id\n        name\n        quantity\n        unit\n        unitPrice\n        discountPercent\n        total\n        refundableQuantity\n      }\n      payment {\n        id\n        state\n      }\n      refunds {\n        id\n        kind\n        decision\n        settlement\n        amount\n        reason\n        decisionReason\n        requestedByResident\n        createdAt\n        settledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentOrderByNumber($number: Int!) {\n    residentOrderByNumber(number: $number) {\n      ...ResidentOrderCard\n    }\n  }\n"): (typeof documents)["\n  query ResidentOrderByNumber($number: Int!) {\n    residentOrderByNumber(number: $number) {\n      ...ResidentOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidentOrderUpdated($id: ID!) {\n    residentOrderUpdated(id: $id) {\n      ...ResidentOrderCard\n    }\n  }\n"): (typeof documents)["\n  subscription ResidentOrderUpdated($id: ID!) {\n    residentOrderUpdated(id: $id) {\n      ...ResidentOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      ...ResidentOrderRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentOrderCreate($input: ResidentOrderCreateInput!) {\n    residentOrderCreate(input: $input) {\n      ...ResidentOrderRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentOrderStatusChange($input: ResidentOrderStatusInput!) {\n    residentOrderStatusChange(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentOrderStatusChange($input: ResidentOrderStatusInput!) {\n    residentOrderStatusChange(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentOrderRate($input: OrderRateInput!) {\n    orderRate(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentOrderRate($input: OrderRateInput!) {\n    orderRate(input: $input) {\n      ...ResidentOrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentInvoicePay($orderId: ID!, $returnPath: String) {\n    residentInvoicePay(orderId: $orderId, returnPath: $returnPath) {\n      id\n      state\n      confirmationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentInvoicePay($orderId: ID!, $returnPath: String) {\n    residentInvoicePay(orderId: $orderId, returnPath: $returnPath) {\n      id\n      state\n      confirmationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRefundRequest($input: ResidentRefundRequestInput!) {\n    residentRefundRequest(input: $input) {\n      id\n      decision\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentRefundRequest($input: ResidentRefundRequestInput!) {\n    residentRefundRequest(input: $input) {\n      id\n      decision\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentChatMessageItem on ResidentChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentChatMessageItem on ResidentChatMessage {\n    id\n    orderId\n    text\n    deleted\n    state\n    mine\n    ourSide\n    createdAt\n    editedAt\n    editableUntil\n    revision\n    author {\n      kind\n      name\n    }\n    file {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentChat($id: ID!) {\n    residentOrder(id: $id) {\n      id\n      chatAvailable\n      chatMessages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentChat($id: ID!) {\n    residentOrder(id: $id) {\n      id\n      chatAvailable\n      chatMessages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidentChatMessageChanged($orderId: ID!) {\n    residentChatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ResidentChatMessageChanged($orderId: ID!) {\n    residentChatMessageChanged(orderId: $orderId) {\n      kind\n      orderId\n      messages {\n        ...ResidentChatMessageItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentChatMessageSend($orderId: ID!, $text: String, $fileId: ID, $idempotencyKey: String) {\n    residentChatMessageSend(orderId: $orderId, text: $text, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      ...ResidentChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentChatMessageSend($orderId: ID!, $text: String, $fileId: ID, $idempotencyKey: String) {\n    residentChatMessageSend(orderId: $orderId, text: $text, fileId: $fileId, idempotencyKey: $idempotencyKey) {\n      ...ResidentChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentChatMessageEdit($id: ID!, $text: String!) {\n    residentChatMessageEdit(id: $id, text: $text) {\n      ...ResidentChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentChatMessageEdit($id: ID!, $text: String!) {\n    residentChatMessageEdit(id: $id, text: $text) {\n      ...ResidentChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentChatMessageDelete($id: ID!) {\n    residentChatMessageDelete(id: $id) {\n      ...ResidentChatMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentChatMessageDelete($id: ID!) {\n    residentChatMessageDelete(id: $id) {\n      ...ResidentChatMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    residentChatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentChatMarkRead($orderId: ID!, $upToMessageId: ID) {\n    residentChatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {\n      id\n      chatUnreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleListItem on Role {\n    id\n    name\n    description\n    permissions\n    employeeCount\n    version\n  }\n"): (typeof documents)["\n  fragment RoleListItem on Role {\n    id\n    name\n    description\n    permissions\n    employeeCount\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleDetails on Role {\n    ...RoleListItem\n    notificationSettings {\n      newOrders\n      serviceIds\n      departmentIds\n      chatMessages\n      importantComments\n      refundRequests\n    }\n  }\n"): (typeof documents)["\n  fragment RoleDetails on Role {\n    ...RoleListItem\n    notificationSettings {\n      newOrders\n      serviceIds\n      departmentIds\n      chatMessages\n      importantComments\n      refundRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles($first: Int, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RoleListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roles($first: Int, $after: String) {\n    roles(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...RoleListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleDetails\n    }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleHolders($roleId: ID!, $first: Int, $after: String) {\n    employees(roleId: $roleId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          position\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleHolders($roleId: ID!, $first: Int, $after: String) {\n    employees(roleId: $roleId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          position\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleFormOptions {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) {\n      ...RoleDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RoleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) {\n      ...RoleDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) {\n      ...RoleDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RoleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) {\n      ...RoleDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceListItem on Service {\n    id\n    name\n    kind\n    active\n    maxExecutors\n    slaReactionMinutes\n    slaExecutionMinutes\n    updatedAt\n    department {\n      id\n      name\n    }\n    orderForm {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceListItemRow on PriceListItem {\n    id\n    name\n    unit\n    unitPrice\n    active\n    position\n  }\n"): (typeof documents)["\n  fragment PriceListItemRow on PriceListItem {\n    id\n    name\n    unit\n    unitPrice\n    active\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    checklistRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n    checklistTemplate {\n      title\n      required\n      photoRequired\n      noteRequired\n    }\n    priceList {\n      ...PriceListItemRow\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceDetails on Service {\n    ...ServiceListItem\n    description\n    residentMayReopen\n    documentRequiredToClose\n    checklistRequiredToClose\n    refundsAllowed\n    routingEnabled\n    orderForm {\n      key\n      label\n      type\n      required\n      options\n    }\n    checklistTemplate {\n      title\n      required\n      photoRequired\n      noteRequired\n    }\n    priceList {\n      ...PriceListItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {\n    services(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceFormOptions {\n    departments(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n"): (typeof documents)["\n  subscription ServiceUpdated {\n    serviceUpdated {\n      ...ServiceListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      ...ServiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceListItemCreate($serviceId: ID!, $input: PriceListItemCreateInput!) {\n    priceListItemCreate(serviceId: $serviceId, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation PriceListItemCreate($serviceId: ID!, $input: PriceListItemCreateInput!) {\n    priceListItemCreate(serviceId: $serviceId, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceListItemUpdate($id: ID!, $input: PriceListItemUpdateInput!) {\n    priceListItemUpdate(id: $id, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation PriceListItemUpdate($id: ID!, $input: PriceListItemUpdateInput!) {\n    priceListItemUpdate(id: $id, input: $input) {\n      ...PriceListItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      permissions\n      organization {\n        id\n        name\n        timeZone\n      }\n      employee {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($email: String!, $password: String!) {\n    authLogin(email: $email, password: $password) {\n      expiresAt\n      me {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    authLogout\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    authLogout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessChanged {\n    accessChanged\n  }\n"): (typeof documents)["\n  subscription AccessChanged {\n    accessChanged\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;