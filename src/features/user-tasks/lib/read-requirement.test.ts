import { describe, expect, it } from 'vitest';
import { userTaskReadRequirement } from './read-requirement.ts';

describe('userTaskReadRequirement', () => {
  it('names only the process-definition permission on 8.8, which has no USER_TASK resource', () => {
    expect(userTaskReadRequirement('8.8.3')).toEqual([
      { permission: 'READ_USER_TASK', resourceType: 'PROCESS_DEFINITION' },
    ]);
  });

  it('names both alternatives from 8.9 on, and when the version is unknown', () => {
    const both = [
      { permission: 'READ_USER_TASK', resourceType: 'PROCESS_DEFINITION' },
      { permission: 'READ', resourceType: 'USER_TASK' },
    ];
    expect(userTaskReadRequirement('8.9.0')).toEqual(both);
    expect(userTaskReadRequirement('8.10.0-alpha2')).toEqual(both);
    expect(userTaskReadRequirement(null)).toEqual(both);
  });
});
